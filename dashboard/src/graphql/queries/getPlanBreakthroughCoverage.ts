import { gql, type TypedDocumentNode } from '@apollo/client';

import { FRAMEWORK_ITEM_PLACE } from '../fragments/frameworkItemPlace';
import { FRAMEWORK_SECTION_PLACE } from '../fragments/frameworkSectionPlace';
import type { GetPlanBreakthroughCoverageQuery, GetPlanBreakthroughCoverageQueryVariables } from '../generated/graphql';

/** Each breakthrough question's linked actions beside the council's own answer. */
export type GetPlanBreakthroughCoverageResult = GetPlanBreakthroughCoverageQuery['planBreakthroughCoverage'];

/** One breakthrough question's row. */
export type GetPlanBreakthroughCoverageRow = GetPlanBreakthroughCoverageResult['questions'][number];

/** For each breakthrough question, whether the plan links any action to it, beside the council's "does the plan address this?" answer. */
export const GET_PLAN_COVERAGE: TypedDocumentNode<GetPlanBreakthroughCoverageQuery, GetPlanBreakthroughCoverageQueryVariables> = gql`
  query GetPlanBreakthroughCoverage($planId: ID!) {
    planBreakthroughCoverage(planId: $planId) {
      assessmentRound
      questions {
        item {
          ...FrameworkItemPlace
        }
        section {
          ...FrameworkSectionPlace
        }
        linkedActions
        progress {
          key
          label
        }
        planCoverageAnswer {
          key
          label
        }
        disagrees
      }
    }
  }
  ${FRAMEWORK_ITEM_PLACE}
  ${FRAMEWORK_SECTION_PLACE}
`;
