import { DomainError } from '../errors/domain-error';

import { UserRole, type Viewer } from './viewer';

/**
 * Who may see and change what: the one place these rules are written. The API calls these checks;
 * `databaseScopeOf` hands the same decision to PostgreSQL, whose row-level security enforces it a
 * second time (migrations/…-addAccountsAndRowLevelSecurity.ts).
 */

export enum AccessErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
}

export class AccessError extends DomainError<AccessErrorCode> {}

/** What a viewer may read of a council's results. */
export type CouncilAccess = 'full' | 'agreed-only' | 'none';

export function councilAccess(viewer: Viewer, councilId: string): CouncilAccess {
  if (viewer.role === UserRole.ADMINISTRATOR) return 'full';
  if (viewer.fullAccessCouncilIds.includes(councilId)) return 'full';
  if (viewer.agreedOnlyCouncilIds.includes(councilId)) return 'agreed-only';
  return 'none';
}

/** Throws FORBIDDEN unless the viewer may read the council's full results (its own council, or PAS where shared). */
export function assertCanReadCouncil(viewer: Viewer, councilId: string): void {
  if (councilAccess(viewer, councilId) !== 'full') throw forbidden("You do not have access to this council's results.");
}

/** Throws FORBIDDEN unless the viewer may read at least the council's agreed ratings. */
export function assertCanReadAgreedRatings(viewer: Viewer, councilId: string): void {
  if (councilAccess(viewer, councilId) === 'none') throw forbidden("You do not have access to this council's results.");
}

/** Leads and members may work on their own council's drafts (members record participants' responses). */
export function assertCanContribute(viewer: Viewer, councilId: string): void {
  const isOwnCouncil = viewer.councilId === councilId && (viewer.role === UserRole.COUNCIL_LEAD || viewer.role === UserRole.COUNCIL_MEMBER);
  if (!isOwnCouncil && viewer.role !== UserRole.ADMINISTRATOR)
    throw forbidden('Only people from this council can work on its assessments.');
}

/** Only the council's lead records the agreed view, submits, consents to sharing and invites colleagues. */
export function assertIsLeadOf(viewer: Viewer, councilId: string): void {
  const isLead = viewer.role === UserRole.COUNCIL_LEAD && viewer.councilId === councilId;
  if (!isLead && viewer.role !== UserRole.ADMINISTRATOR) throw forbidden("Only this council's lead can do this.");
}

/**
 * Facilitated sessions: the council's lead facilitates (opens sessions, reveals, records the agreed
 * view, ends) and so do administrators; members may plan a draft and list its sessions, but not
 * facilitate. Participants are anonymous and act only through their device's token, never a viewer.
 */
export function assertCanFacilitate(viewer: Viewer, councilId: string): void {
  const isLead = viewer.role === UserRole.COUNCIL_LEAD && viewer.councilId === councilId;
  if (!isLead && viewer.role !== UserRole.ADMINISTRATOR) throw forbidden("Only this council's lead can facilitate its sessions.");
}

/** The council's lead and members (and administrators) see a draft's sessions. */
export function assertCanSeeSessions(viewer: Viewer, councilId: string): void {
  assertCanContribute(viewer, councilId);
}

export function assertIsAdministrator(viewer: Viewer): void {
  if (viewer.role !== UserRole.ADMINISTRATOR) throw forbidden('Only an administrator can do this.');
}

/**
 * Who may record a circumstance, and with what source: a council's lead declares its own
 * (self-declared), PAS assigns (PAS-assigned), an administrator records official facts.
 * Returns the source the record carries.
 */
export function circumstanceSourceFor(viewer: Viewer, councilId: string): 'self_declared' | 'pas_assigned' | 'official' {
  if (viewer.role === UserRole.ADMINISTRATOR) return 'official';
  if (viewer.role === UserRole.PAS_ANALYST) return 'pas_assigned';
  if (viewer.role === UserRole.COUNCIL_LEAD && viewer.councilId === councilId) return 'self_declared';
  throw forbidden("Only the council's lead, PAS or an administrator can record its circumstances.");
}

/** Councils' non-official circumstances are seen by the council itself, PAS and administrators. */
export function assertCanSeeCircumstances(viewer: Viewer, councilId: string): void {
  if (viewer.role === UserRole.ADMINISTRATOR || viewer.role === UserRole.PAS_ANALYST || viewer.councilId === councilId) return;
  throw forbidden("You cannot see this council's circumstances.");
}

/** The same decision, as the settings PostgreSQL's policies read for the current transaction. */
export type DatabaseScope = { all: boolean; fullCouncilIds: string[]; agreedCouncilIds: string[]; writeCouncilId: string | null };

export function databaseScopeOf(viewer: Viewer | null): DatabaseScope {
  if (!viewer) return { all: false, fullCouncilIds: [], agreedCouncilIds: [], writeCouncilId: null };
  const writes = viewer.role === UserRole.COUNCIL_LEAD || viewer.role === UserRole.COUNCIL_MEMBER;
  return {
    all: viewer.role === UserRole.ADMINISTRATOR,
    fullCouncilIds: viewer.fullAccessCouncilIds,
    agreedCouncilIds: viewer.agreedOnlyCouncilIds,
    writeCouncilId: writes ? viewer.councilId : null,
  };
}

const forbidden = (message: string) => new AccessError(AccessErrorCode.FORBIDDEN, message);
