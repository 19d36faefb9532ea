import { gql, type TypedDocumentNode } from '@apollo/client';

import type { EndUserSessionsMutation, EndUserSessionsMutationVariables } from '../generated/graphql';

/** Ends all of a user's open sessions; returns how many ended. */
export const END_USER_SESSIONS: TypedDocumentNode<EndUserSessionsMutation, EndUserSessionsMutationVariables> = gql`
  mutation EndUserSessions($userId: ID!) {
    endUserSessions(userId: $userId)
  }
`;
