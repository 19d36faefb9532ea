import { gql, type TypedDocumentNode } from '@apollo/client';

import type { PlanSourceFieldsFragment } from '../generated/graphql';

/** Where a challenge came from (a section, statement, question or theme), as the plan and a suggestion both show it. */
export const PLAN_SOURCE_FIELDS: TypedDocumentNode<PlanSourceFieldsFragment> = gql`
  fragment PlanSourceFields on PlanSource {
    kind
    reference
    frameworkKey
    subjectKey
    label
  }
`;
