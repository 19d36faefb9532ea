import { CombinedGraphQLErrors } from '@apollo/client';

import { pageErrorMessages } from './errors';

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
