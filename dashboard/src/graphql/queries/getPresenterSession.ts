import { gql, type TypedDocumentNode } from '@apollo/client';

import { AGREED_LEVEL_FIELDS } from '../fragments/agreedLevelFields';
import { DIMENSION_SPREAD_FIELDS } from '../fragments/dimensionSpreadFields';
import { SESSION_STATEMENT_FIELDS } from '../fragments/sessionStatementFields';
import type { GetPresenterSessionQuery, GetPresenterSessionQueryVariables } from '../generated/graphql';

/** What the projector shows. */
export type PresenterSession = GetPresenterSessionQuery['presenterSession'];

/** The projector's view: the join code and QR while joining is open, the statement, how many scored, and the spread once revealed. */
export const GET_PRESENTER_SESSION: TypedDocumentNode<GetPresenterSessionQuery, GetPresenterSessionQueryVariables> = gql`
  query GetPresenterSession($sessionId: ID!) {
    presenterSession(sessionId: $sessionId) {
      sessionId
      status
      join {
        joinCode
        joinUrl
        qrSvg
        expiresAt
      }
      participantCount
      current {
        ...SessionStatementFields
      }
      scoredCount
      spread {
        ...DimensionSpreadFields
      }
      agreedLevels {
        ...AgreedLevelFields
      }
      tips
    }
  }
  ${SESSION_STATEMENT_FIELDS}
  ${DIMENSION_SPREAD_FIELDS}
  ${AGREED_LEVEL_FIELDS}
`;
