import { gql, type TypedDocumentNode } from '@apollo/client';

import { COLLABORATION_GROUP_DETAILS } from '../fragments/collaborationGroupDetails';
import type { SetCollaborationConsentMutation, SetCollaborationConsentMutationVariables } from '../generated/graphql';

/**
 * Gives or withdraws the lead's council's consent to identified sharing in a group (council leads
 * only). The group comes back with the same fields as GetCollaborationGroups so the cache updates it in place.
 */
export const SET_COLLABORATION_CONSENT: TypedDocumentNode<SetCollaborationConsentMutation, SetCollaborationConsentMutationVariables> = gql`
  mutation SetCollaborationConsent($groupId: ID!, $consent: Boolean!) {
    setCollaborationConsent(groupId: $groupId, consent: $consent) {
      ...CollaborationGroupDetails
    }
  }
  ${COLLABORATION_GROUP_DETAILS}
`;
