/**
 * Which councils a council select offers the signed-in user. Pure, so the rule is tested without a
 * browser.
 */
import type { UserRole } from '../graphql/queries/getMe';

/**
 * The councils to offer: council leads and members see only their own council's results, so they
 * are offered only it; PAS analysts and administrators are offered every council (the API refuses
 * PAS a council that does not share with it, and the page says so). A council already chosen, say
 * from a bookmark, stays in the list so the select names it while the error summary explains why
 * it cannot be shown.
 */
export function councilsOffered<TCouncil extends { id: string; gssCode: string }>(
  viewer: { role: UserRole; councilId: string | null },
  councils: TCouncil[],
  chosen: string | null,
): TCouncil[] {
  if (viewer.role !== 'COUNCIL_LEAD' && viewer.role !== 'COUNCIL_MEMBER') return councils;
  return councils.filter((c) => c.id === viewer.councilId || c.gssCode === chosen);
}
