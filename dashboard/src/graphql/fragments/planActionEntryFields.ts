import { gql, type TypedDocumentNode } from '@apollo/client';

import type { PlanActionEntryFieldsFragment } from '../generated/graphql';

/** An action with the heading and challenge it sits under, as the plan's status lists show it. */
export const PLAN_ACTION_ENTRY_FIELDS: TypedDocumentNode<PlanActionEntryFieldsFragment> = gql`
  fragment PlanActionEntryFields on PlanActionEntry {
    headingTitle
    challengeTitle
    action {
      id
      description
      lead
      target {
        text
        dueOn
      }
      status
    }
  }
`;
