import { gql, type TypedDocumentNode } from '@apollo/client';

import type { RemoveCircumstanceMutation, RemoveCircumstanceMutationVariables } from '../generated/graphql';

/** Removes a circumstance the viewer could have recorded. */
export const REMOVE_CIRCUMSTANCE: TypedDocumentNode<RemoveCircumstanceMutation, RemoveCircumstanceMutationVariables> = gql`
  mutation RemoveCircumstance($id: ID!) {
    removeCircumstance(id: $id)
  }
`;
