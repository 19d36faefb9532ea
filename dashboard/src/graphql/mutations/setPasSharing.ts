import { gql, type TypedDocumentNode } from '@apollo/client';

/** Result of SetPasSharing: whether the council now shares with PAS. */
export type SetPasSharingMutation = { setPasSharing: boolean };

/** Variables of SetPasSharing. */
export type SetPasSharingMutationVariables = { share: boolean };

/** Starts or stops sharing the lead's council's identified results with PAS (council leads only). */
export const SET_PAS_SHARING: TypedDocumentNode<SetPasSharingMutation, SetPasSharingMutationVariables> = gql`
  mutation SetPasSharing($share: Boolean!) {
    setPasSharing(share: $share)
  }
`;
