import { gql, type TypedDocumentNode } from '@apollo/client';

import type { PeerGroupSummaryFragment } from '../generated/graphql';

/** A fixed peer group, e.g. { key: "type:district", label: "District councils", kind: "TYPE" }. */
export const PEER_GROUP_SUMMARY: TypedDocumentNode<PeerGroupSummaryFragment> = gql`
  fragment PeerGroupSummary on PeerGroup {
    key
    label
    kind
    alwaysWithheld
  }
`;
