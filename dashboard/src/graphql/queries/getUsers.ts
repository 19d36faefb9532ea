import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetUsersQuery, GetUsersQueryVariables } from '../generated/graphql';

/** One user as the administration list shows them. */
export type GetUsersUser = GetUsersQuery['users'][number];

/** Every user, for the administrators' list (administrators only). */
export const GET_USERS: TypedDocumentNode<GetUsersQuery, GetUsersQueryVariables> = gql`
  query GetUsers {
    users {
      id
      email
      role
      status
      lastSignedInAt
      council {
        gssCode
        name
      }
    }
  }
`;
