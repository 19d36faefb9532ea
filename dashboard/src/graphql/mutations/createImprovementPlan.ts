import { gql, type TypedDocumentNode } from '@apollo/client';

import type { CreateImprovementPlanMutation, CreateImprovementPlanMutationVariables } from '../generated/graphql';

/** Starts a plan for the lead's council, headed by the five core elements and any local themes. */
export const CREATE_IMPROVEMENT_PLAN: TypedDocumentNode<CreateImprovementPlanMutation, CreateImprovementPlanMutationVariables> = gql`
  mutation CreateImprovementPlan($input: CreateImprovementPlanInput!) {
    createImprovementPlan(input: $input) {
      id
      title
    }
  }
`;
