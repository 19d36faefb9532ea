import { gql, type TypedDocumentNode } from '@apollo/client';

import { FACILITATOR_SESSION_FIELDS } from '../fragments/facilitatorSessionFields';
import type { AgreeStatementMutation, AgreeStatementMutationVariables } from '../generated/graphql';

/** Records the agreed level, notes and evidence for the revealed statement. */
export const AGREE_STATEMENT: TypedDocumentNode<AgreeStatementMutation, AgreeStatementMutationVariables> = gql`
  mutation AgreeStatement($input: AgreeStatementInput!) {
    agreeStatement(input: $input) {
      ...FacilitatorSessionFields
    }
  }
  ${FACILITATOR_SESSION_FIELDS}
`;
