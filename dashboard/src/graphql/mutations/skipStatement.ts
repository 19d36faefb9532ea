import { gql, type TypedDocumentNode } from '@apollo/client';

import { FACILITATOR_SESSION_FIELDS } from '../fragments/facilitatorSessionFields';
import type { SkipStatementMutation, SkipStatementMutationVariables } from '../generated/graphql';

/** "Not important to us": skips a statement. */
export const SKIP_STATEMENT: TypedDocumentNode<SkipStatementMutation, SkipStatementMutationVariables> = gql`
  mutation SkipStatement($sessionId: ID!, $itemKey: String!) {
    skipStatement(sessionId: $sessionId, itemKey: $itemKey) {
      ...FacilitatorSessionFields
    }
  }
  ${FACILITATOR_SESSION_FIELDS}
`;
