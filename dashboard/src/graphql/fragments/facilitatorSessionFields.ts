import { gql, type TypedDocumentNode } from '@apollo/client';

import type { FacilitatorSessionFieldsFragment } from '../generated/graphql';

import { AGREED_LEVEL_FIELDS } from './agreedLevelFields';
import { DIMENSION_SPREAD_FIELDS } from './dimensionSpreadFields';
import { SESSION_STATEMENT_FIELDS } from './sessionStatementFields';

/** Everything the facilitator's page shows; the query and every facilitator mutation return it, so the cache stays whole. */
export const FACILITATOR_SESSION_FIELDS: TypedDocumentNode<FacilitatorSessionFieldsFragment> = gql`
  fragment FacilitatorSessionFields on FacilitatorSessionView {
    session {
      id
      assessmentId
      mode
      status
      joinCode
      joinCodeExpiresAt
      endedAt
    }
    join {
      joinCode
      joinUrl
      qrSvg
      expiresAt
    }
    sections {
      id
      key
      title
      tips
    }
    participantsByRole {
      role
      count
    }
    current {
      ...SessionStatementFields
    }
    scoredCount
    spread {
      ...DimensionSpreadFields
    }
    agreed {
      levels {
        ...AgreedLevelFields
      }
      note
      evidence
    }
    tips
    statements {
      item {
        id
        key
        text
      }
      sectionId
      phase
      agreedInAssessment
      skippedInAssessment
      agreed {
        ...AgreedLevelFields
      }
    }
  }
  ${SESSION_STATEMENT_FIELDS}
  ${DIMENSION_SPREAD_FIELDS}
  ${AGREED_LEVEL_FIELDS}
`;
