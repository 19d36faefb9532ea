/** Events per page of the audit log. */
export const AUDIT_PAGE_SIZE = 25;

/** The audit log's page number in the address (?page=2); 1 when missing or not a page number. */
export function auditPageOf(search: string): number {
  const page = Number(new URLSearchParams(search).get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
