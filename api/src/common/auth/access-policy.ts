import { DomainError } from '../errors/domain-error';

import { UserRole, type Viewer } from './viewer';

/**
 * Who may see and change what: the one place these rules are written. The API calls these checks;
 * PostgreSQL's row-level security enforces the same councils a second time, deriving them itself
 * from the request's secret (touchstone_viewer(), migrations/…-verifyViewerInDatabase.ts), so it
 * does not depend on the API telling the truth.
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

/** What an improvement plan's access depends on: its council and whom the council shares it with. */
export type PlanSharing = { councilId: string; sharedWithPartners: boolean; sharedWithPas: boolean };

/**
 * A plan is the council's own: its lead and members (and administrators) read it; a consenting
 * collaboration partner only while the council shares the plan with partners; PAS only while it is
 * shared with PAS. Sharing assessment results does not share a plan, nor the other way round.
 */
export function canReadPlan(viewer: Viewer, plan: PlanSharing): boolean {
  if (viewer.role === UserRole.ADMINISTRATOR) return true;
  if (viewer.councilId === plan.councilId && (viewer.role === UserRole.COUNCIL_LEAD || viewer.role === UserRole.COUNCIL_MEMBER))
    return true;
  if (plan.sharedWithPartners && viewer.agreedOnlyCouncilIds.includes(plan.councilId)) return true;
  return plan.sharedWithPas && viewer.role === UserRole.PAS_ANALYST;
}

export function assertCanReadPlan(viewer: Viewer, plan: PlanSharing): void {
  if (!canReadPlan(viewer, plan)) throw forbidden('This improvement plan has not been shared with you.');
}

/** Only the council's lead changes a plan: its headings, challenges, actions, sharing and imports. */
export function assertCanEditPlan(viewer: Viewer, councilId: string): void {
  const isLead = viewer.role === UserRole.COUNCIL_LEAD && viewer.councilId === councilId;
  if (!isLead && viewer.role !== UserRole.ADMINISTRATOR) throw forbidden("Only this council's lead can change its improvement plan.");
}

/**
 * Progress updates come from the people doing the work, so the council's members may add them as
 * well as its lead; they cannot change the plan itself. Nobody outside the council adds updates.
 */
export function assertCanAddProgress(viewer: Viewer, councilId: string): void {
  const isOwn = viewer.councilId === councilId && (viewer.role === UserRole.COUNCIL_LEAD || viewer.role === UserRole.COUNCIL_MEMBER);
  if (!isOwn && viewer.role !== UserRole.ADMINISTRATOR) throw forbidden("Only this council's lead and members can add progress updates.");
}

/** The same decisions as booleans, for the dashboard to offer only what the viewer may do. */
export function planPermissionsOf(viewer: Viewer, councilId: string): { canEdit: boolean; canAddProgress: boolean } {
  const own = viewer.councilId === councilId;
  const admin = viewer.role === UserRole.ADMINISTRATOR;
  return {
    canEdit: admin || (own && viewer.role === UserRole.COUNCIL_LEAD),
    canAddProgress: admin || (own && (viewer.role === UserRole.COUNCIL_LEAD || viewer.role === UserRole.COUNCIL_MEMBER)),
  };
}

/** Whether council members may add progress updates to their council's plans (they may; see assertCanAddProgress). */
export const MEMBERS_MAY_ADD_PROGRESS = true;

const forbidden = (message: string) => new AccessError(AccessErrorCode.FORBIDDEN, message);

/**
 * Administration: administrators manage users, collaboration groups and framework versions; PAS
 * sees councils' circumstances and who shares with PAS. Nobody changes their own role or disables
 * their own account, so an administrator cannot lock themselves out by mistake.
 */
export function assertCanManageUser(viewer: Viewer, userId: string): void {
  assertIsAdministrator(viewer);
  if (viewer.userId === userId) throw forbidden('You cannot change your own role or disable your own account. Ask another administrator.');
}

/** Administrators and PAS see which councils share their identified results with PAS. */
export function assertCanSeePasSharing(viewer: Viewer): void {
  if (viewer.role !== UserRole.ADMINISTRATOR && viewer.role !== UserRole.PAS_ANALYST)
    throw forbidden('Only PAS and administrators can see which councils share with PAS.');
}

/** The parts of the administration area. */
export type AdministrationAreas = {
  users: boolean;
  councils: boolean;
  sharing: boolean;
  groups: boolean;
  frameworks: boolean;
  audit: boolean;
};

/**
 * What the administration area offers a role, for the dashboard to show only what it may use:
 * administrators everything; PAS councils' circumstances (it assigns its own) and who shares with PAS.
 */
export function administrationAreasOf(role: UserRole): AdministrationAreas {
  const admin = role === UserRole.ADMINISTRATOR;
  const pas = role === UserRole.PAS_ANALYST;
  return { users: admin, councils: admin || pas, sharing: admin || pas, groups: admin, frameworks: admin, audit: admin };
}
