import { gql, type TypedDocumentNode } from '@apollo/client';

import { FACILITATOR_SESSION_FIELDS } from '../fragments/facilitatorSessionFields';
import type {
  GetFacilitatorSessionQuery,
  GetFacilitatorSessionQueryVariables,
  FacilitatorSessionFieldsFragment,
} from '../generated/graphql';

/** The facilitator's view of a session. */
export type FacilitatorSession = FacilitatorSessionFieldsFragment;

/** The statement on screen, with its scales. */
export type SessionStatement = NonNullable<FacilitatorSession['current']>;

/** A revealed spread on one dimension. */
export type DimensionSpread = NonNullable<FacilitatorSession['spread']>[number];

/** One level agreed on one dimension. */
export type AgreedLevel = FacilitatorSession['statements'][number]['agreed'][number];

/** The facilitator's view of a session: read on (re)connect and after every change the subscription reports. */
export const GET_FACILITATOR_SESSION: TypedDocumentNode<GetFacilitatorSessionQuery, GetFacilitatorSessionQueryVariables> = gql`
  query GetFacilitatorSession($sessionId: ID!) {
    facilitatorSession(sessionId: $sessionId) {
      ...FacilitatorSessionFields
    }
  }
  ${FACILITATOR_SESSION_FIELDS}
`;
