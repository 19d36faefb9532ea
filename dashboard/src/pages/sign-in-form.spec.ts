import { signInProblemsFromErrors, validateSignIn } from './sign-in-form';

describe('sign-in form', () => {
  describe('validateSignIn', () => {
    it('should find nothing wrong with an email address and a password', () => {
      expect(validateSignIn(' lead.chesterfield@demo.touchstone.test ', 'touchstone-demo')).toBeNull();
    });

    it('should ask for both fields, in the order of the form, when both are empty', () => {
      expect(validateSignIn('  ', '')).toEqual({
        summary: [
          { text: 'Enter your email address', field: 'email' },
          { text: 'Enter your password', field: 'password' },
        ],
        fields: { email: 'Enter your email address', password: 'Enter your password' },
      });
    });

    it('should ask for an email address in the correct format when it has no @', () => {
      expect(validateSignIn('lead.chesterfield', 'secret')?.fields).toEqual({
        email: 'Enter an email address in the correct format, like name@example.com',
      });
    });

    it("should refuse a password longer than the API's limit", () => {
      expect(validateSignIn('a@b.example', 'x'.repeat(201))?.fields).toEqual({ password: 'Password must be 200 characters or fewer' });
    });
  });

  describe('signInProblemsFromErrors', () => {
    it("should show the API's refusal beside both fields and link the summary to the email address", () => {
      const message = 'The email address or password is not right.';
      expect(signInProblemsFromErrors([{ message, code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' }])).toEqual({
        summary: [{ text: message, field: 'email' }],
        fields: { email: message, password: message },
      });
    });

    it('should show too many attempts in the summary only', () => {
      const message = 'Too many failed attempts. Wait 15 minutes and try again.';
      expect(signInProblemsFromErrors([{ message, code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' }])).toEqual({
        summary: [{ text: message, field: null }],
        fields: {},
      });
    });

    it('should put an address the API will not accept beside the email field', () => {
      expect(signInProblemsFromErrors([{ message: 'Argument Validation Error', code: 'BAD_USER_INPUT', reason: null }]).fields).toEqual({
        email: 'Enter an email address in the correct format, like name@example.com',
      });
    });
  });
});
