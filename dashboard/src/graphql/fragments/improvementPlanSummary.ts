import { gql, type TypedDocumentNode } from '@apollo/client';

import type { ImprovementPlanSummaryFragment } from '../generated/graphql';

/** A plan's title, sharing and what the viewer may do with it: what a list of plans and a plan's page both show. */
export const IMPROVEMENT_PLAN_SUMMARY: TypedDocumentNode<ImprovementPlanSummaryFragment> = gql`
  fragment ImprovementPlanSummary on ImprovementPlan {
    id
    councilId
    title
    sharedWithPartners
    sharedWithPas
    isSynthetic
    membersMayAddProgress
    viewerCanEdit
    viewerCanAddProgress
    council {
      id
      gssCode
      name
    }
  }
`;
