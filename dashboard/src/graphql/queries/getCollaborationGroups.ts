import { gql, type TypedDocumentNode } from '@apollo/client';

import { COLLABORATION_GROUP_DETAILS } from '../fragments/collaborationGroupDetails';
import type { GetCollaborationGroupsQuery, GetCollaborationGroupsQueryVariables } from '../generated/graphql';

/**
 * The collaboration groups of the signed-in user's council. The council's GSS code is asked for
 * because the cache keys councils by it.
 */
export const GET_COLLABORATION_GROUPS: TypedDocumentNode<GetCollaborationGroupsQuery, GetCollaborationGroupsQueryVariables> = gql`
  query GetCollaborationGroups {
    collaborationGroups {
      ...CollaborationGroupDetails
    }
  }
  ${COLLABORATION_GROUP_DETAILS}
`;
