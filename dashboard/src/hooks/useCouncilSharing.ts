import type { ErrorLike } from '@apollo/client';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import { SET_COLLABORATION_CONSENT } from '../graphql/mutations/setCollaborationConsent';
import { SET_PAS_SHARING } from '../graphql/mutations/setPasSharing';
import { GET_COLLABORATION_GROUPS } from '../graphql/queries/getCollaborationGroups';
import { GET_SHARES_WITH_PAS } from '../graphql/queries/getSharesWithPas';
import type { CollaborationGroupDetailsFragment } from '../graphql/generated/graphql';

/** Who the council shares its results with, and the lead's actions on it; the actions reject with the API's error. */
export type UseCouncilSharingResult = {
  sharesWithPas: boolean | undefined;
  groups: CollaborationGroupDetailsFragment[] | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
  setPasSharing: (share: boolean) => Promise<boolean>;
  setConsent: (groupId: string, consent: boolean) => Promise<CollaborationGroupDetailsFragment>;
};

/**
 * The signed-in user's council's sharing: with PAS and in collaboration groups. Only council users
 * have a council, so for anyone else (enabled false) nothing is asked.
 */
export function useCouncilSharing(enabled: boolean): UseCouncilSharingResult {
  const pas = useQuery(GET_SHARES_WITH_PAS, enabled ? {} : skipToken);
  const groups = useQuery(GET_COLLABORATION_GROUPS, enabled ? {} : skipToken);
  const [pasMutation] = useMutation(SET_PAS_SHARING, {
    // The answer is a bare Boolean with no id to update by, so it is written into the cache here.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: GET_SHARES_WITH_PAS, data: { sharesWithPas: data.setPasSharing } });
    },
  });
  // The group comes back with its id and members, so the cache updates it by itself.
  const [consentMutation] = useMutation(SET_COLLABORATION_CONSENT);

  const setPasSharing = useCallback(
    async (share: boolean): Promise<boolean> => {
      const { data } = await pasMutation({ variables: { share } });
      if (!data) throw new Error('The API did not confirm the change.');
      return data.setPasSharing;
    },
    [pasMutation],
  );
  const setConsent = useCallback(
    async (groupId: string, consent: boolean): Promise<CollaborationGroupDetailsFragment> => {
      const { data } = await consentMutation({ variables: { groupId, consent } });
      if (!data) throw new Error('The API did not confirm the change.');
      return data.setCollaborationConsent;
    },
    [consentMutation],
  );

  return {
    sharesWithPas: pas.data?.sharesWithPas,
    groups: groups.data?.collaborationGroups,
    loading: pas.loading || groups.loading,
    error: pas.error ?? groups.error,
    setPasSharing,
    setConsent,
  };
}
