import { gql, type TypedDocumentNode } from '@apollo/client';

import { FACILITATOR_SESSION_FIELDS } from '../fragments/facilitatorSessionFields';
import type { OpenSessionMutation, OpenSessionMutationVariables } from '../generated/graphql';

/** Opens a session (or a survey link) on some sections of a draft; returns the join code, link and QR code. */
export const OPEN_SESSION: TypedDocumentNode<OpenSessionMutation, OpenSessionMutationVariables> = gql`
  mutation OpenSession($input: OpenSessionInput!) {
    openSession(input: $input) {
      ...FacilitatorSessionFields
    }
  }
  ${FACILITATOR_SESSION_FIELDS}
`;
