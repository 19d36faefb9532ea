import { gql, type TypedDocumentNode } from '@apollo/client';

import type { RecordCircumstanceMutation, RecordCircumstanceMutationVariables } from '../generated/graphql';

/** Records a council's circumstance for a round; PAS's records are PAS-assigned. */
export const RECORD_CIRCUMSTANCE: TypedDocumentNode<RecordCircumstanceMutation, RecordCircumstanceMutationVariables> = gql`
  mutation RecordCircumstance($input: RecordCircumstanceInput!) {
    recordCircumstance(input: $input) {
      id
      kind
      source
      round
    }
  }
`;
