import { gql, type TypedDocumentNode } from '@apollo/client';

import { FACILITATOR_SESSION_FIELDS } from '../fragments/facilitatorSessionFields';
import type { OpenStatementMutation, OpenStatementMutationVariables } from '../generated/graphql';

/** Puts a statement on screen for scoring. */
export const OPEN_STATEMENT: TypedDocumentNode<OpenStatementMutation, OpenStatementMutationVariables> = gql`
  mutation OpenStatement($sessionId: ID!, $itemKey: String!) {
    openStatement(sessionId: $sessionId, itemKey: $itemKey) {
      ...FacilitatorSessionFields
    }
  }
  ${FACILITATOR_SESSION_FIELDS}
`;
