import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetMeQuery, GetMeQueryVariables } from '../generated/graphql';

/** The signed-in user, as the dashboard needs them; councilId (not a GSS code) is null for PAS analysts and administrators. */
export type GetMeUser = GetMeQuery['me'];

/** The signed-in user; refused with UNAUTHENTICATED when no one is signed in. */
export const GET_ME: TypedDocumentNode<GetMeQuery, GetMeQueryVariables> = gql`
  query GetMe {
    me {
      id
      email
      role
      councilId
    }
  }
`;
