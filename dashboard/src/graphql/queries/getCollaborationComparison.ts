import { gql, type TypedDocumentNode } from '@apollo/client';

/** A council's agreed level for an item, or null where it has none. */
export type GetCollaborationComparisonLevel = { key: string; label: string; position: number } | null;

/** One item on one dimension across the group's councils, identified. */
export type GetCollaborationComparisonRow = {
  item: { key: string; text: string };
  section: { key: string; title: string };
  dimension: { key: string; title: string };
  /** In the order of the comparison's councils. */
  levels: GetCollaborationComparisonLevel[];
  /** Highest minus lowest level position among the councils that rated it. */
  difference: number;
};

/** A group's agreed ratings side by side, sorted by where they differ most. */
export type GetCollaborationComparisonResult = {
  groupName: string;
  framework: { key: string; version: string; title: string; sectionLabel: string; itemLabel: string };
  round: string;
  /** Members that consent to identified sharing. */
  councils: { gssCode: string; name: string }[];
  rows: GetCollaborationComparisonRow[];
};

/** Result of GetCollaborationComparison. */
export type GetCollaborationComparisonQuery = { collaborationComparison: GetCollaborationComparisonResult };

/** Variables of GetCollaborationComparison. */
export type GetCollaborationComparisonQueryVariables = { groupId: string; frameworkKey: string; round: string };

/** A consenting collaboration group's agreed ratings side by side, identified, where they differ most first. */
export const GET_COLLABORATION_COMPARISON: TypedDocumentNode<GetCollaborationComparisonQuery, GetCollaborationComparisonQueryVariables> = gql`
  query GetCollaborationComparison($groupId: ID!, $frameworkKey: String!, $round: String!) {
    collaborationComparison(groupId: $groupId, frameworkKey: $frameworkKey, round: $round) {
      groupName
      framework {
        key
        version
        title
        sectionLabel
        itemLabel
      }
      round
      councils {
        gssCode
        name
      }
      rows {
        item {
          key
          text
        }
        section {
          key
          title
        }
        dimension {
          key
          title
        }
        levels {
          key
          label
          position
        }
        difference
      }
    }
  }
`;
