import { UserRole, type Viewer } from './viewer';

/**
 * Only submitted assessments leave the council (DESIGN.md §4). A draft — its agreed ratings so far,
 * its scores, its participants and their count — is read by the council's own lead and members (and
 * administrators), never by a collaboration partner or PAS, whatever the council shares. Row-level
 * security applies the same rule a second time (migrations/…-keepDraftsInsideTheCouncil.ts).
 */
export function canReadDraftsOf(viewer: Viewer, councilId: string): boolean {
  if (viewer.role === UserRole.ADMINISTRATOR) return true;
  return viewer.councilId === councilId && (viewer.role === UserRole.COUNCIL_LEAD || viewer.role === UserRole.COUNCIL_MEMBER);
}
