/**
 * The plan's counts by status over time, as lines: accessors, domains, ticks, end-label layout, the
 * summary and the table, all pure so the marks, the description and the table come from the same data.
 */

/** Counts by status at the end of one month (the date is that month's last day, YYYY-MM-DD). */
export type PlanStatusSeriesDatum = {
  date: string;
  red: number;
  amber: number;
  green: number;
  blue: number;
  noUpdate: number;
  total: number;
};

/** A line's key: a RAG status, or NONE for actions with no update yet. */
export type StatusKey = 'RED' | 'AMBER' | 'GREEN' | 'BLUE' | 'NONE';

/** The lines in the order they are drawn, described and tabled. */
export const STATUS_KEYS: StatusKey[] = ['RED', 'AMBER', 'GREEN', 'BLUE', 'NONE'];

/** Each line's words: colour is never the only signal, and Blue means complete. */
export const STATUS_LABELS: Record<StatusKey, string> = {
  RED: 'Red (off track)',
  AMBER: 'Amber (at risk)',
  GREEN: 'Green (on track)',
  BLUE: 'Blue (complete)',
  NONE: 'No update yet',
};

/** Short words for the end of each line. */
export const STATUS_SHORT_LABELS: Record<StatusKey, string> = {
  RED: 'Red',
  AMBER: 'Amber',
  GREEN: 'Green',
  BLUE: 'Blue',
  NONE: 'No update',
};

// accessors
/** The count of one status at one month; a missing or non-finite count reads as 0. */
export function getCount(datum: PlanStatusSeriesDatum, key: StatusKey): number {
  const value = { RED: datum.red, AMBER: datum.amber, GREEN: datum.green, BLUE: datum.blue, NONE: datum.noUpdate }[key];
  return Number.isFinite(value) && value > 0 ? value : 0;
}
export const getDate = (datum: PlanStatusSeriesDatum): string => datum.date;

const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const LONG_MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Mar 2027" for a day of that month; the text as it is when it is not a day. */
export function monthLabel(isoDay: string, long = false): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay) || Number.isNaN(date.getTime())) return isoDay;
  return (long ? LONG_MONTH_FORMAT : MONTH_FORMAT).format(date);
}

// domains
/** The whole-number step between count ticks, so that at most `count` ticks reach the top. */
const tickStep = (top: number, count: number): number => Math.max(1, Math.ceil(top / Math.max(1, count - 1)));

/**
 * The count axis: from zero to the largest count of any status, rounded up to a whole tick step so
 * the top of the axis is labelled (at least 1, so an empty plan still has an axis).
 */
export function getCountDomain(data: PlanStatusSeriesDatum[], count = 5): [number, number] {
  const max = Math.max(1, ...data.flatMap((d) => STATUS_KEYS.map((k) => getCount(d, k))));
  const step = tickStep(max, count);
  return [0, Math.ceil(max / step) * step];
}

/** Whole-number ticks from zero up to the top of the domain, evenly spaced, at most `count` of them. */
export function getCountTicks([, top]: [number, number], count = 5): number[] {
  const step = tickStep(top, count);
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return ticks;
}

/** Which months get a label: the first, the last, and evenly spaced ones between, at most maxTicks. */
export function getMonthTickIndexes(length: number, maxTicks: number): number[] {
  if (length <= 0) return [];
  if (length <= maxTicks) return Array.from({ length }, (_, i) => i);
  const step = (length - 1) / (Math.max(2, maxTicks) - 1);
  return [...new Set(Array.from({ length: Math.max(2, maxTicks) }, (_, i) => Math.round(i * step)))];
}

/**
 * Where each end-of-line label goes: at its line's end, pushed down just enough that no two are
 * closer than minGap, then pulled back up if the last would fall below the plot. Labels keep the
 * order of their values (highest first), so the nearest label is always its own line's.
 */
export function layoutEndLabels(wanted: { key: StatusKey; y: number }[], minGap: number, bottom: number): Record<StatusKey, number> {
  const sorted = [...wanted].sort((a, b) => a.y - b.y || STATUS_KEYS.indexOf(a.key) - STATUS_KEYS.indexOf(b.key));
  const placed = sorted.map((l) => ({ ...l }));
  for (let i = 1; i < placed.length; i += 1) placed[i].y = Math.max(placed[i].y, placed[i - 1].y + minGap);
  const overflow = placed.length > 0 ? placed[placed.length - 1].y - bottom : 0;
  if (overflow > 0) {
    placed[placed.length - 1].y -= overflow;
    for (let i = placed.length - 2; i >= 0; i -= 1) placed[i].y = Math.min(placed[i].y, placed[i + 1].y - minGap);
  }
  return Object.fromEntries(placed.map((l) => [l.key, l.y])) as Record<StatusKey, number>;
}

/** The line's words for one month ("Red (off track), March 2027, 2 actions"), for a mark's label and the keyboard. */
export function describePoint(datum: PlanStatusSeriesDatum, key: StatusKey): string {
  const count = getCount(datum, key);
  return `${STATUS_LABELS[key]}, ${monthLabel(datum.date, true)}, ${count} ${count === 1 ? 'action' : 'actions'}`;
}

/** All of one month in words, for the keyboard and the live region. */
export function describeMonth(datum: PlanStatusSeriesDatum): string {
  const parts = STATUS_KEYS.map((k) => `${getCount(datum, k)} ${STATUS_LABELS[k]}`);
  return `${monthLabel(datum.date, true)}: ${parts.join(', ')}; ${datum.total} ${datum.total === 1 ? 'action' : 'actions'} in all`;
}

/** The chart's generated summary, for its <desc> and the paragraph above it. */
export function buildPlanStatusSummary(data: PlanStatusSeriesDatum[]): string {
  if (data.length === 0) return 'The plan has no months to show yet.';
  const first = data[0];
  const last = data[data.length - 1];
  const span =
    data.length === 1 ? `For ${monthLabel(last.date, true)}` : `From ${monthLabel(first.date, true)} to ${monthLabel(last.date, true)}`;
  if (last.total === 0) return `${span}, the plan has no actions.`;
  const complete = getCount(last, 'BLUE');
  const change =
    data.length > 1 ? ` At the start there were ${getCount(first, 'BLUE')} complete and ${getCount(first, 'RED')} off track.` : '';
  return `${span}, counts of actions by their latest status at the end of each month. At the end of ${monthLabel(last.date, true)}, ${complete} of ${last.total} ${last.total === 1 ? 'action is' : 'actions are'} complete (Blue), ${getCount(last, 'GREEN')} on track (Green), ${getCount(last, 'AMBER')} at risk (Amber), ${getCount(last, 'RED')} off track (Red) and ${getCount(last, 'NONE')} have no update yet.${change}`;
}

/** The table's headings, and each month's cells, from the same accessors as the marks. */
export const TABLE_HEADINGS = ['Month', ...STATUS_KEYS.map((k) => STATUS_LABELS[k]), 'All actions'];
export function tableRowCells(datum: PlanStatusSeriesDatum): string[] {
  return [monthLabel(datum.date, true), ...STATUS_KEYS.map((k) => String(getCount(datum, k))), String(datum.total)];
}

/** Where the keyboard goes from one month: arrows step, Home and End jump; null leaves it where it is. */
export function getNextMonthIndex(current: number | null, key: string, length: number): number | null {
  if (length === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  if (key === 'ArrowRight' || key === 'ArrowDown') return current === null ? 0 : Math.min(length - 1, current + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return current === null ? length - 1 : Math.max(0, current - 1);
  return null;
}
