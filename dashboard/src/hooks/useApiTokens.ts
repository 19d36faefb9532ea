import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import type { ApiTokenDetailsFragment, CreateApiTokenInput } from '../graphql/generated/graphql';
import { CREATE_API_TOKEN } from '../graphql/mutations/createApiToken';
import { REVOKE_API_TOKEN } from '../graphql/mutations/revokeApiToken';
import { GET_API_TOKENS } from '../graphql/queries/getApiTokens';

/** A token just created: the only time the token itself is known. */
export type NewApiToken = { id: string; name: string; token: string };

/** The signed-in user's API tokens and the actions on them; the actions reject with the API's error. */
export type UseApiTokensResult = {
  tokens: ApiTokenDetailsFragment[] | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
  createToken: (input: CreateApiTokenInput) => Promise<NewApiToken>;
  revokeToken: (id: string) => Promise<ApiTokenDetailsFragment>;
};

/** Lists, creates and revokes the signed-in user's API tokens, keeping the cached list in step. */
export function useApiTokens(): UseApiTokensResult {
  const { data, loading, error } = useQuery(GET_API_TOKENS);
  const [createMutation] = useMutation(CREATE_API_TOKEN, {
    // The list is newest first, as the API sends it; the new token joins it without asking again.
    update(cache, { data: created }) {
      if (!created) return;
      cache.updateQuery({ query: GET_API_TOKENS }, (previous) =>
        previous ? { apiTokens: [created.createApiToken.apiToken, ...previous.apiTokens] } : previous,
      );
    },
  });
  // The revoked token comes back with its id, so the cache updates it in the list by itself.
  const [revokeMutation] = useMutation(REVOKE_API_TOKEN);

  const createToken = useCallback(
    async (input: CreateApiTokenInput): Promise<NewApiToken> => {
      const { data: created } = await createMutation({ variables: { input } });
      if (!created) throw new Error('The API did not return the new token.');
      const { apiToken, token } = created.createApiToken;
      return { id: apiToken.id, name: apiToken.name, token };
    },
    [createMutation],
  );
  const revokeToken = useCallback(
    async (id: string): Promise<ApiTokenDetailsFragment> => {
      const { data: revoked } = await revokeMutation({ variables: { id } });
      if (!revoked) throw new Error('The API did not confirm the token was revoked.');
      return revoked.revokeApiToken;
    },
    [revokeMutation],
  );

  return { tokens: data?.apiTokens, loading, error, createToken, revokeToken };
}
