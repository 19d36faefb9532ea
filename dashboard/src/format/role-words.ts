import type { UserRole } from '../graphql/generated/graphql';

/** Each role in plain words, plural, as a sentence names who a page is for. */
export const ROLE_PLURAL: Record<UserRole, string> = {
  COUNCIL_LEAD: 'council leads',
  COUNCIL_MEMBER: 'council members',
  PAS_ANALYST: 'Planning Advisory Service (PAS) analysts',
  ADMINISTRATOR: 'administrators',
};

/** Each role in plain words, singular, after "signed in as". */
export const ROLE_SINGULAR: Record<UserRole, string> = {
  COUNCIL_LEAD: 'a council lead',
  COUNCIL_MEMBER: 'a council member',
  PAS_ANALYST: 'a Planning Advisory Service (PAS) analyst',
  ADMINISTRATOR: 'an administrator',
};
