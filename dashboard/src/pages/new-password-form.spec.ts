import { newPasswordProblemsFromErrors, tokenFromFragment, validateNewPassword } from './new-password-form';

describe('validateNewPassword', () => {
  it('should ask for a password when there is none, and give the length rule when it is too short or too long', () => {
    expect(validateNewPassword('')?.field).toBe('Enter a password');
    expect(validateNewPassword('eleven char')?.field).toBe('Password must be 12 characters or more');
    expect(validateNewPassword('x'.repeat(201))?.field).toBe('Password must be 200 characters or fewer');
    expect(validateNewPassword('twelve chars')).toBeNull();
  });
});

describe('newPasswordProblemsFromErrors', () => {
  it("should put a common password's refusal beside the field, with the API's explanation", () => {
    const problems = newPasswordProblemsFromErrors([
      { message: 'This password is too common: …', code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_COMMON' },
    ]);
    expect(problems).toEqual({
      summary: [{ text: 'This password is too common: …', toField: true }],
      field: 'This password is too common: …',
    });
  });

  it('should put a used or expired link in the summary only', () => {
    const problems = newPasswordProblemsFromErrors([
      { message: 'This password reset link is not valid', code: 'BAD_USER_INPUT', reason: 'PASSWORD_RESET_INVALID' },
    ]);
    expect(problems).toEqual({ summary: [{ text: 'This password reset link is not valid', toField: false }], field: null });
  });
});

describe('tokenFromFragment', () => {
  it('should read the token after #token=, and nothing from an empty or missing one', () => {
    expect(tokenFromFragment('#token=tsr_abc-DEF_123')).toBe('tsr_abc-DEF_123');
    expect(tokenFromFragment('#token=')).toBeNull();
    expect(tokenFromFragment('')).toBeNull();
  });
});
