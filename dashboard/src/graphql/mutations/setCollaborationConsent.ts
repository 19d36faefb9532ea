import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetCollaborationGroupsGroup } from '../queries/getCollaborationGroups';

/** Result of SetCollaborationConsent: the group, with the same fields as GetCollaborationGroups so the cache updates it in place. */
export type SetCollaborationConsentMutation = { setCollaborationConsent: GetCollaborationGroupsGroup };

/** Variables of SetCollaborationConsent. */
export type SetCollaborationConsentMutationVariables = { groupId: string; consent: boolean };

/** Gives or withdraws the lead's council's consent to identified sharing in a group (council leads only). */
export const SET_COLLABORATION_CONSENT: TypedDocumentNode<SetCollaborationConsentMutation, SetCollaborationConsentMutationVariables> = gql`
  mutation SetCollaborationConsent($groupId: ID!, $consent: Boolean!) {
    setCollaborationConsent(groupId: $groupId, consent: $consent) {
      id
      name
      description
      members {
        councilId
        council {
          gssCode
          name
        }
        consents
      }
    }
  }
`;
