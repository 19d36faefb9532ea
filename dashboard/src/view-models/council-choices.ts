import type { UserRole } from '../graphql/generated/graphql';
/**
 * Which councils a council select offers the signed-in user. Pure, so the rule is tested without a
 * browser.
 */

/**
 * The councils to offer: council leads and members see only their own council's results, so they
 * are offered only it; PAS analysts are offered the councils that share their results with PAS
 * (`readableIds`), not every council, since the rest would only be refused; administrators are
 * offered every council. A council already chosen, say from a bookmark, stays in the list so the
 * select names it while the error summary explains why it cannot be shown.
 */
export function councilsOffered<TCouncil extends { id: string; gssCode: string }>(
  viewer: { role: UserRole; councilId: string | null },
  councils: TCouncil[],
  chosen: string | null,
  readableIds?: readonly string[] | null,
): TCouncil[] {
  if (viewer.role === 'ADMINISTRATOR') return councils;
  if (viewer.role === 'PAS_ANALYST') {
    if (!readableIds) return councils;
    const readable = new Set(readableIds);
    return councils.filter((c) => readable.has(c.id) || c.gssCode === chosen);
  }
  return councils.filter((c) => c.id === viewer.councilId || c.gssCode === chosen);
}

/**
 * The council a PAS analyst starts on when the URL names none: the first (by name) that shares with
 * PAS, so the first page opened shows figures rather than a refusal. Null when none shares, or for
 * anyone else, whose default is their own council.
 */
export function firstReadableCouncil<TCouncil extends { id: string; gssCode: string; name: string }>(
  viewer: { role: UserRole },
  councils: TCouncil[],
  readableIds: readonly string[] | null | undefined,
): string | null {
  if (viewer.role !== 'PAS_ANALYST' || !readableIds) return null;
  const readable = new Set(readableIds);
  return [...councils].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')).find((c) => readable.has(c.id))?.gssCode ?? null;
}
