import { gql, type TypedDocumentNode } from '@apollo/client';

import type { AddPlanHeadingMutation, AddPlanHeadingMutationVariables } from '../generated/graphql';

/** Adds a local theme heading to a plan. */
export const ADD_PLAN_HEADING: TypedDocumentNode<AddPlanHeadingMutation, AddPlanHeadingMutationVariables> = gql`
  mutation AddPlanHeading($input: AddPlanHeadingInput!) {
    addPlanHeading(input: $input) {
      id
      title
    }
  }
`;
