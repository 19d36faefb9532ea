import { gql, type TypedDocumentNode } from '@apollo/client';

import type { CollaborationGroupDetailsFragment } from '../generated/graphql';

/** A collaboration group with its members and their consent; the same fields wherever a group comes back, so the cache updates it in place. The council's GSS code is asked for because the cache keys councils by it. */
export const COLLABORATION_GROUP_DETAILS: TypedDocumentNode<CollaborationGroupDetailsFragment> = gql`
  fragment CollaborationGroupDetails on CollaborationGroup {
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
`;
