import { SESSION_COOKIE } from '../../api/src/app';

import type { GraphQLResponse } from './test-app';

/**
 * Signs in over HTTP to the API at `url`, as the dashboard does: the response, the Set-Cookie
 * header and the session token it carries (null when the sign-in was refused).
 */
export async function signInOverHttp(
  url: string,
  email: string,
  password: string,
): Promise<{ response: GraphQLResponse; sessionToken: string | null; setCookie: string | null }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { email role } }',
      variables: { input: { email, password } },
    }),
  });
  const setCookie = response.headers.get('set-cookie');
  const sessionToken = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(setCookie ?? '')?.[1] ?? null;
  return { response: (await response.json()) as GraphQLResponse, sessionToken, setCookie };
}
