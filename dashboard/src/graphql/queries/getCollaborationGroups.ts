import { gql, type TypedDocumentNode } from '@apollo/client';

/** A council in a collaboration group and whether it shares its agreed ratings with the group. */
export type GetCollaborationGroupsMember = {
  councilId: string;
  council: { gssCode: string; name: string };
  consents: boolean;
};

/** A collaboration group with its member councils. */
export type GetCollaborationGroupsGroup = {
  id: string;
  name: string;
  description: string;
  members: GetCollaborationGroupsMember[];
};

/** Result of GetCollaborationGroups. */
export type GetCollaborationGroupsQuery = { collaborationGroups: GetCollaborationGroupsGroup[] };

/** GetCollaborationGroups takes no variables. */
export type GetCollaborationGroupsQueryVariables = Record<string, never>;

/**
 * The collaboration groups of the signed-in user's council. The council's GSS code is asked for
 * because the cache keys councils by it.
 */
export const GET_COLLABORATION_GROUPS: TypedDocumentNode<GetCollaborationGroupsQuery, GetCollaborationGroupsQueryVariables> = gql`
  query GetCollaborationGroups {
    collaborationGroups {
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
