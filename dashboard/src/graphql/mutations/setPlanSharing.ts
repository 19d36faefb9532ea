import { gql, type TypedDocumentNode } from '@apollo/client';

import type { SetPlanSharingMutation, SetPlanSharingMutationVariables } from '../generated/graphql';

/** Shares a plan with the council's consenting collaboration partners and/or PAS, or withdraws it (council leads only). */
export const SET_PLAN_SHARING: TypedDocumentNode<SetPlanSharingMutation, SetPlanSharingMutationVariables> = gql`
  mutation SetPlanSharing($input: SetPlanSharingInput!) {
    setPlanSharing(input: $input) {
      id
      sharedWithPartners
      sharedWithPas
    }
  }
`;
