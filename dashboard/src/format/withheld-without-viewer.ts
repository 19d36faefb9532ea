/**
 * A withheld figure's reason for a view with no viewing council (the sector view): the API counts
 * "other councils" than the council being viewed, and where no council is viewed every contributor
 * counts, so "Fewer than 5 other councils" would wrongly suggest someone is left out.
 */
export function reasonWithoutViewer(reason: string | null): string | null {
  return reason === null ? null : reason.replace(/\b(Fewer than \d+) other councils\b/g, '$1 councils');
}
