import { gql, type TypedDocumentNode } from '@apollo/client';

import { PEER_GROUP_SUMMARY } from '../fragments/peerGroupSummary';
import type { GetPeerGroupsQuery, GetPeerGroupsQueryVariables } from '../generated/graphql';

/** Every fixed peer group, in the API's preference order: all councils, types, regions, circumstances. */
export const GET_PEER_GROUPS: TypedDocumentNode<GetPeerGroupsQuery, GetPeerGroupsQueryVariables> = gql`
  query GetPeerGroups {
    peerGroups {
      ...PeerGroupSummary
    }
  }
  ${PEER_GROUP_SUMMARY}
`;
