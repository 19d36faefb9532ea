import { gql, type TypedDocumentNode } from '@apollo/client';

import type { SetPasSharingMutation, SetPasSharingMutationVariables } from '../generated/graphql';

/** Starts or stops sharing the lead's council's identified results with PAS (council leads only). */
export const SET_PAS_SHARING: TypedDocumentNode<SetPasSharingMutation, SetPasSharingMutationVariables> = gql`
  mutation SetPasSharing($share: Boolean!) {
    setPasSharing(share: $share)
  }
`;
