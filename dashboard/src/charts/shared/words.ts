/** Small pieces of wording shared by the charts' summaries. Pure. */

/** "1 section", "2 sections". */
export const plural = (count: number, singular: string): string => (count === 1 ? singular : `${singular}s`);

/** Joins phrases as "a", "a and b", "a, b and c" (no Oxford comma, as GOV.UK style). */
export function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
