import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetAuditEventsQuery, GetAuditEventsQueryVariables } from '../generated/graphql';

/** A page of the audit log, newest first (administrators only). */
export const GET_AUDIT_EVENTS: TypedDocumentNode<GetAuditEventsQuery, GetAuditEventsQueryVariables> = gql`
  query GetAuditEvents($take: Int!, $skip: Int!) {
    auditEvents(take: $take, skip: $skip) {
      total
      events {
        id
        occurredAt
        actorEmail
        actorRole
        action
        subjectType
        subject
        summary
      }
    }
  }
`;
