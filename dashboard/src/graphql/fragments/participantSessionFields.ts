import { gql, type TypedDocumentNode } from '@apollo/client';

import type { ParticipantSessionFieldsFragment } from '../generated/graphql';

import { AGREED_LEVEL_FIELDS } from './agreedLevelFields';
import { DIMENSION_SPREAD_FIELDS } from './dimensionSpreadFields';
import { SESSION_STATEMENT_FIELDS } from './sessionStatementFields';

/** Everything a participant's phone shows; the query, joining and scoring all return it. */
export const PARTICIPANT_SESSION_FIELDS: TypedDocumentNode<ParticipantSessionFieldsFragment> = gql`
  fragment ParticipantSessionFields on ParticipantSessionView {
    sessionId
    mode
    status
    role
    current {
      ...SessionStatementFields
    }
    myVotes {
      itemId
      dimension {
        id
        key
      }
      level {
        id
        key
        label
      }
    }
    canVote
    spread {
      ...DimensionSpreadFields
    }
    agreedLevels {
      ...AgreedLevelFields
    }
    tips
    surveyStatements {
      ...SessionStatementFields
    }
    surveyClosesAt
  }
  ${SESSION_STATEMENT_FIELDS}
  ${DIMENSION_SPREAD_FIELDS}
  ${AGREED_LEVEL_FIELDS}
`;
