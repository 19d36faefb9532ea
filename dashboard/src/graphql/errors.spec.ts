import { CombinedGraphQLErrors } from '@apollo/client';

import { firstErrorMessage, pageErrorMessages, withFirstErrorMessage } from './errors';

const graphQLErrors = (...errors: { message: string; code: string; reason?: string }[]) =>
  new CombinedGraphQLErrors({
    errors: errors.map(({ message, code, reason }) => ({ message, extensions: { code, ...(reason ? { reason } : {}) } })),
  });

describe('pageErrorMessages', () => {
  it('should give every message of every error, in order, leaving out the errors there are not', () => {
    const forbidden = graphQLErrors({ message: 'No access', code: 'FORBIDDEN', reason: 'FORBIDDEN' });
    const network = new Error('Failed to fetch');
    expect(pageErrorMessages([undefined, forbidden, null, network]).map((m) => [m.message, m.code, m.reason])).toEqual([
      ['No access', 'FORBIDDEN', 'FORBIDDEN'],
      ['Touchstone could not reach its server. Check your connection and try again. (Failed to fetch)', null, null],
    ]);
  });

  it('should leave out "sign in" when the session has ended, but keep a refused sign-in', () => {
    const errors = graphQLErrors(
      { message: 'Sign in', code: 'UNAUTHENTICATED' },
      { message: 'The email address or password is not right.', code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' },
    );
    expect(pageErrorMessages([errors]).map((m) => m.message)).toEqual(['The email address or password is not right.']);
  });
});

describe('firstErrorMessage', () => {
  it("should give the API's first message when it refused with several", () => {
    const refused = graphQLErrors({ message: 'Already submitted', code: 'BAD_USER_INPUT' }, { message: 'Second', code: 'FORBIDDEN' });
    expect(firstErrorMessage(refused)).toBe('Already submitted');
  });

  it("should give the error's own message when the API gave none", () => {
    expect(firstErrorMessage(new CombinedGraphQLErrors({ errors: [] }))).toBe(new CombinedGraphQLErrors({ errors: [] }).message);
  });

  it('should say what to do when the server could not be reached', () => {
    expect(firstErrorMessage(new Error('Failed to fetch'))).toBe(
      'Touchstone could not reach its server. Check your connection and try again. (Failed to fetch)',
    );
  });
});

describe('withFirstErrorMessage', () => {
  it('should resolve when the action does', async () => {
    await expect(withFirstErrorMessage(Promise.resolve({ id: '1' }))).resolves.toBeUndefined();
  });

  it("should reject with the API's first message, keeping the refusal as the cause", async () => {
    const refused = graphQLErrors({ message: 'The plan is not shared with you', code: 'FORBIDDEN' });
    const rejection = await withFirstErrorMessage(Promise.reject(refused)).catch((e: Error) => e);
    expect(rejection).toEqual(new Error('The plan is not shared with you'));
    expect((rejection as Error).cause).toBe(refused);
  });
});
