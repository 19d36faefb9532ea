import { gql, type TypedDocumentNode } from '@apollo/client';

import { IMPROVEMENT_PLAN_SUMMARY } from '../fragments/improvementPlanSummary';
import type { GetImprovementPlansQuery, GetImprovementPlansQueryVariables } from '../generated/graphql';

/** One plan in a council's list: its title and sharing, without its headings. */
export type GetImprovementPlansPlan = GetImprovementPlansQuery['improvementPlans'][number];

/** A council's improvement plans the viewer may read, newest first. */
export const GET_IMPROVEMENT_PLANS: TypedDocumentNode<GetImprovementPlansQuery, GetImprovementPlansQueryVariables> = gql`
  query GetImprovementPlans($councilGssCode: String!) {
    improvementPlans(councilGssCode: $councilGssCode) {
      ...ImprovementPlanSummary
    }
  }
  ${IMPROVEMENT_PLAN_SUMMARY}
`;
