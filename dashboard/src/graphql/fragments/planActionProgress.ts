import { gql, type TypedDocumentNode } from '@apollo/client';

import type { PlanActionProgressFragment } from '../generated/graphql';

/** An action's status and its progress history: what the action page reads and adding an update returns, so the cache stays whole. */
export const PLAN_ACTION_PROGRESS: TypedDocumentNode<PlanActionProgressFragment> = gql`
  fragment PlanActionProgress on PlanAction {
    status
    overdue
    dueSoon
    history {
      id
      date
      text
      status
      enteredByRole
      imported
      createdAt
    }
  }
`;
