import type { AuditAction, CircumstanceKind, CircumstanceSource, UserRole, UserStatus } from '../../graphql/generated/graphql';

/** Each role as people say it. */
export const ROLE_WORDS: Record<UserRole, string> = {
  COUNCIL_LEAD: 'Council lead',
  COUNCIL_MEMBER: 'Council member',
  PAS_ANALYST: 'PAS analyst',
  ADMINISTRATOR: 'Administrator',
};

/** A user's status, with the tag colour that goes with it (the words carry the meaning; colour only repeats it). */
export const STATUS_WORDS: Record<UserStatus, { text: string; tag: string }> = {
  ACTIVE: { text: 'Active', tag: 'govuk-tag--green' },
  INVITED: { text: 'Invited', tag: 'govuk-tag--blue' },
  DISABLED: { text: 'Disabled', tag: 'govuk-tag--grey' },
};

export const CIRCUMSTANCE_WORDS: Record<CircumstanceKind, string> = {
  DESIGNATED: 'Designated',
  AT_RISK_OF_DESIGNATION: 'At risk of designation',
  CASH_STRAPPED: 'Cash-strapped',
  CRUISING: 'Cruising',
  HIGH_PERFORMING: 'High-performing',
  NEEDS_SUPPORT: 'Needs specific support',
};

/** Who says so, as the councils page shows it. */
export const SOURCE_WORDS: Record<CircumstanceSource, string> = {
  OFFICIAL: 'Official (read-only)',
  PAS_ASSIGNED: 'PAS-assigned',
  SELF_DECLARED: 'Self-declared by the council',
};

export const AUDIT_ACTION_WORDS: Record<AuditAction, string> = {
  USER_INVITED: 'User invited',
  USER_ROLE_CHANGED: 'Role changed',
  USER_DISABLED: 'User disabled',
  USER_ENABLED: 'User enabled',
  USER_SESSIONS_ENDED: 'Sessions ended',
  CIRCUMSTANCE_RECORDED: 'Circumstance recorded',
  CIRCUMSTANCE_REMOVED: 'Circumstance removed',
  COLLABORATION_GROUP_CREATED: 'Collaboration group created',
  COLLABORATION_COUNCILS_INVITED: 'Councils invited to a group',
  COLLABORATION_CONSENT_GIVEN: 'Consent given',
  COLLABORATION_CONSENT_WITHDRAWN: 'Consent withdrawn',
  PAS_SHARING_STARTED: 'Started sharing with PAS',
  PAS_SHARING_STOPPED: 'Stopped sharing with PAS',
  PLAN_SHARING_CHANGED: 'Improvement plan sharing changed',
  FRAMEWORK_VERSION_UPLOADED: 'Framework file uploaded',
  FRAMEWORK_VERSION_PUBLISHED: 'Framework version published',
};
