import { gql, type TypedDocumentNode } from '@apollo/client';

import type { SessionStatementFieldsFragment } from '../generated/graphql';

/** A statement as every session view shows it: its text, section, scales with levels and descriptors, and phase. */
export const SESSION_STATEMENT_FIELDS: TypedDocumentNode<SessionStatementFieldsFragment> = gql`
  fragment SessionStatementFields on SessionStatement {
    item {
      id
      key
      text
      guidance
    }
    section {
      id
      key
      title
    }
    dimensions {
      id
      key
      title
      description
      levels {
        id
        key
        label
        descriptor
        position
      }
    }
    phase
    voteRound
    number
    of
    endsSection
  }
`;
