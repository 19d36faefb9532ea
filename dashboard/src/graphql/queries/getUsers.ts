import { gql, type TypedDocumentNode } from '@apollo/client';

import { USER_ROW } from '../fragments/userRow';
import type { GetUsersQuery, GetUsersQueryVariables } from '../generated/graphql';

/** Every user, for the administrators' list (administrators only). */
export const GET_USERS: TypedDocumentNode<GetUsersQuery, GetUsersQueryVariables> = gql`
  query GetUsers {
    users {
      ...UserRow
    }
  }
  ${USER_ROW}
`;
