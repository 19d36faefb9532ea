import { AuthErrorCode } from './auth.errors';
import { assertPasswordNotCommon, isCommonPassword } from './common-passwords';

describe('isCommonPassword', () => {
  it('should find common passwords whatever their case, and with digits or symbols put on the end', () => {
    expect(
      ['qwerty123456', 'QWERTY123456', '1qaz2wsx3edc', 'Password123456!', 'dragon2024!!!!', 'liverpool1234'].map(isCommonPassword),
    ).toEqual([true, true, true, true, true, true]);
  });

  it('should let through long passphrases and passwords that only contain a common word', () => {
    expect(['violet harbour teapot', 'correct horse battery staple', 'my password is long enough'].map(isCommonPassword)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('should throw PASSWORD_TOO_COMMON for a common password', () => {
    expect(() => assertPasswordNotCommon('qwertyuiop123')).toThrow(expect.objectContaining({ code: AuthErrorCode.PASSWORD_TOO_COMMON }));
  });
});
