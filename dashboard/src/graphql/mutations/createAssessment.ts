import { gql, type TypedDocumentNode } from '@apollo/client';

import type { CreateAssessmentMutation, CreateAssessmentMutationVariables } from '../generated/graphql';

/** Starts a draft for the council, framework and round; when a submission exists, the draft will supersede it. */
export const CREATE_ASSESSMENT: TypedDocumentNode<CreateAssessmentMutation, CreateAssessmentMutationVariables> = gql`
  mutation CreateAssessment($input: CreateAssessmentInput!) {
    createAssessment(input: $input) {
      id
      round
      status
      supersedesId
    }
  }
`;
