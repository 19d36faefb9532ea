import { ACCOUNTS, type AccountName, type TestApp } from './test-app';

/** Who presents a secret to the database: a signed-in demo account, or an API token of one with these scopes. */
export type SecretHolder = AccountName | { token: AccountName; scopes: ('READ' | 'SUBMIT')[] };

/**
 * The secret each holder presents, as a request would: a session signed in through the API, or an
 * API token created through it (named `tokenName`). Each is made once and remembered.
 */
export function viewerSecrets(app: () => TestApp, tokenName: string): (who: SecretHolder) => Promise<string> {
  const secrets = new Map<string, string>();
  return async (who) => {
    const key = JSON.stringify(who);
    if (!secrets.has(key)) {
      const t = app();
      if (typeof who === 'string') {
        const { sessionToken } = await t.signIn(ACCOUNTS[who]);
        secrets.set(key, sessionToken!);
      } else {
        const created = await (
          await t.as(who.token)
        )(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`, {
          input: { name: tokenName, scopes: who.scopes, expiresInDays: 1 },
        });
        secrets.set(key, created.data!.createApiToken.token);
      }
    }
    return secrets.get(key)!;
  };
}
