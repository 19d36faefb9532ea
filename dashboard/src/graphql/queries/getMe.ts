import { gql, type TypedDocumentNode } from '@apollo/client';

/** What a user may do, as the schema's UserRole enum. */
export type UserRole = 'COUNCIL_LEAD' | 'COUNCIL_MEMBER' | 'PAS_ANALYST' | 'ADMINISTRATOR';

/** The signed-in user, as the dashboard needs them. */
export type GetMeUser = {
  id: string;
  email: string;
  role: UserRole;
  /** The council's id (not its GSS code); null for PAS analysts and administrators. */
  councilId: string | null;
};

/** Result of GetMe. */
export type GetMeQuery = { me: GetMeUser };

/** GetMe takes no variables. */
export type GetMeQueryVariables = Record<string, never>;

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
