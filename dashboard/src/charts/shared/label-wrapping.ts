/** Row labels: the width of the label column and how a label wraps into it. Pure. */
import { LABEL_COLUMN_MAX_WIDTH, LABEL_COLUMN_MIN_WIDTH, LABEL_COLUMN_SHARE, LABEL_MAX_LINES } from './constants';

/** Width of the label column for a chart of the given width (px). */
export function getLabelColumnWidth(width: number): number {
  return Math.round(Math.min(LABEL_COLUMN_MAX_WIDTH, Math.max(LABEL_COLUMN_MIN_WIDTH, width * LABEL_COLUMN_SHARE)));
}

/**
 * Wraps a label into lines of at most maxChars characters, breaking between words or after a
 * hyphen ("Pre-" / "application"). A word still too long for a line is cut, and text beyond
 * maxLines is dropped; either way the label stops there and ends in "…", so it is clear something
 * is missing (the full title is in the tooltip, the table and the announcement).
 */
export function wrapLabel(text: string, maxChars: number, maxLines = LABEL_MAX_LINES): string[] {
  const limit = Math.max(2, Math.floor(maxChars));
  // Each piece remembers whether it follows a space or continues a hyphenated word.
  const pieces = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=-)(?=.)/).map((part, index) => ({ part, joiner: index === 0 ? ' ' : '' })));
  const lines: string[] = [];
  let current = '';
  let truncated = false;
  for (const { part, joiner } of pieces) {
    const candidate = current ? `${current}${joiner}${part}` : part;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = '';
    if (lines.length >= maxLines) {
      truncated = true;
      break;
    }
    if (part.length > limit) {
      lines.push(part.slice(0, limit - 1));
      truncated = true;
      break;
    }
    current = part;
  }
  if (current) lines.push(current);
  if (truncated && lines.length > 0) {
    const last = lines[lines.length - 1];
    lines[lines.length - 1] = `${last.length >= limit ? last.slice(0, limit - 1) : last}…`;
  }
  return lines;
}
