import { gql, type TypedDocumentNode } from '@apollo/client';

/** What a fixed peer group is defined by. */
export type PeerGroupKind = 'ALL' | 'TYPE' | 'REGION' | 'CIRCUMSTANCE';

/** A fixed peer group, e.g. { key: "type:district", label: "District councils", kind: "TYPE" }. */
export type GetPeerGroupsGroup = { key: string; label: string; kind: PeerGroupKind };

/** Result of GetPeerGroups. */
export type GetPeerGroupsQuery = { peerGroups: GetPeerGroupsGroup[] };

/** GetPeerGroups takes no variables. */
export type GetPeerGroupsQueryVariables = Record<string, never>;

/** Every fixed peer group, in the API's preference order: all councils, types, regions, circumstances. */
export const GET_PEER_GROUPS: TypedDocumentNode<GetPeerGroupsQuery, GetPeerGroupsQueryVariables> = gql`
  query GetPeerGroups {
    peerGroups {
      key
      label
      kind
    }
  }
`;
