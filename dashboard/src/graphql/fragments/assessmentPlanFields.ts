import { gql, type TypedDocumentNode } from '@apollo/client';

import type { AssessmentPlanFieldsFragment } from '../generated/graphql';

/** How an assessment is planned: what the assessment page reads and planning it returns, so the cache stays whole. */
export const ASSESSMENT_PLAN_FIELDS: TypedDocumentNode<AssessmentPlanFieldsFragment> = gql`
  fragment AssessmentPlanFields on Assessment {
    purpose
    chair
    noteTaker
    cadence
    actionTimescale
    includedSections {
      id
      key
    }
    skippedItemKeys
  }
`;
