import { gql, type TypedDocumentNode } from '@apollo/client';

import { PLAN_SOURCE_FIELDS } from '../fragments/planSourceFields';
import type { GetPlanChallengeSuggestionQuery, GetPlanChallengeSuggestionQueryVariables } from '../generated/graphql';

/** A challenge pre-filled from a weak spot, with the section's top tips as starting actions. */
export type GetPlanChallengeSuggestionResult = GetPlanChallengeSuggestionQuery['planChallengeSuggestion'];

/** A challenge pre-filled from a weak spot (a section, statement, question or theme); nothing is stored. */
export const GET_PLAN_CHALLENGE_SUGGESTION: TypedDocumentNode<GetPlanChallengeSuggestionQuery, GetPlanChallengeSuggestionQueryVariables> =
  gql`
    query GetPlanChallengeSuggestion($input: PlanSuggestionInput!) {
      planChallengeSuggestion(input: $input) {
        title
        suggestedHeadingTitle
        suggestedActions
        source {
          ...PlanSourceFields
        }
      }
    }
    ${PLAN_SOURCE_FIELDS}
  `;
