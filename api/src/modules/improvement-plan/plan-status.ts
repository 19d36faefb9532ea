import { graphqlEnum, type EnumValue } from '../../common/register-enum';

/** The status recorded with each progress update: Red/Amber/Green, and Blue for complete. */
export const RagStatus = graphqlEnum(
  'RagStatus',
  ['red', 'amber', 'green', 'blue'],
  'RED off track, AMBER at risk, GREEN on track, BLUE complete (the keys of the peer challenge plan framework\u2019s status dimension).',
);
export type RagStatus = EnumValue<typeof RagStatus>;

/** How an action's target was written. */
export const PlanTargetKind = graphqlEnum(
  'PlanTargetKind',
  ['date', 'range', 'ongoing'],
  'DATE "July 2014" (due at the end of that month); RANGE "February 2014 – March 2015" (due at its end); ONGOING "Ongoing", optionally "until <when>".',
);
export type PlanTargetKind = EnumValue<typeof PlanTargetKind>;

/** A target as understood: `dueOn` is the date after which the action is overdue; null for open-ended ongoing work. */
export type ParsedTarget = { kind: PlanTargetKind; text: string; startsOn: string | null; dueOn: string | null };

export type TargetParseResult = { ok: true; target: ParsedTarget } | { ok: false; message: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Seasons as councils use them: winter runs from December into the next year. */
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 14] };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A period written on its own, as its first and last day: "July 2014", "Jul 14", "31 July 2014", "2014", "2016/17", "Q2 2015", an ISO date. */
export function parsePeriod(raw: string): { start: string; end: string } | null {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > lastDayOf(y, mo)) return null;
    return { start: iso(y, mo, d), end: iso(y, mo, d) };
  }
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text))) {
    // Councils write dates day first.
    const [d, mo] = [Number(m[1]), Number(m[2])];
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > lastDayOf(y, mo)) return null;
    return { start: iso(y, mo, d), end: iso(y, mo, d) };
  }
  m = /^(?:(\d{1,2})(?:st|nd|rd|th)? )?(?:(early|mid|late|end(?: of)?) )?([a-z]+),? (\d{2}|\d{4})$/.exec(text);
  const month = m ? monthOf(m[3]) : null;
  if (m && month !== null) {
    const y = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    if (m[1]) {
      const d = Number(m[1]);
      if (d < 1 || d > lastDayOf(y, month)) return null;
      return { start: iso(y, month, d), end: iso(y, month, d) };
    }
    return { start: iso(y, month, 1), end: iso(y, month, lastDayOf(y, month)) };
  }
  if ((m = /^(\d{4})\/(\d{2})$/.exec(text)) || (m = /^(\d{4})-(\d{2})$/.exec(text))) {
    // A financial year, "2016/17": April to the end of March.
    const start = Number(m[1]);
    if ((start + 1) % 100 !== Number(m[2])) return null;
    return { start: iso(start, 4, 1), end: iso(start + 1, 3, 31) };
  }
  if ((m = /^q([1-4]) (\d{4})$/.exec(text))) {
    const q = Number(m[1]);
    const y = Number(m[2]);
    return { start: iso(y, q * 3 - 2, 1), end: iso(y, q * 3, lastDayOf(y, q * 3)) };
  }
  if ((m = /^(spring|summer|autumn|winter) (\d{4})$/.exec(text))) {
    const y = Number(m[2]);
    const [from, to] = SEASONS[m[1]];
    const endYear = to > 12 ? y + 1 : y;
    const endMonth = to > 12 ? to - 12 : to;
    return { start: iso(y, from, 1), end: iso(endYear, endMonth, lastDayOf(endYear, endMonth)) };
  }
  if ((m = /^(\d{4})$/.exec(text))) return { start: iso(Number(m[1]), 1, 1), end: iso(Number(m[1]), 12, 31) };
  return null;
}

function monthOf(word: string): number | null {
  const index = MONTHS.findIndex(
    (name) => name === word || (word.length >= 3 && name.startsWith(word)) || (word === 'sept' && name === 'september'),
  );
  return index === -1 ? null : index + 1;
}

/**
 * Reads a target as councils write it: "July 2014" is due at the end of July 2014; "February 2014 –
 * March 2015" is a range due at its end; "Ongoing" is never overdue; "Ongoing until 2016/17" is due
 * at the end of that period. Anything else is refused with a message saying what is accepted.
 */
export function parseTarget(raw: string): TargetParseResult {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return { ok: false, message: 'The target date is empty.' };
  const ongoing = /^ongoing(?:\s*[-–—,:(]?\s*(?:until|till|to|through)\s+(.+?)\)?)?$/i.exec(text);
  if (ongoing) {
    if (!ongoing[1]) return { ok: true, target: { kind: PlanTargetKind.ONGOING, text, startsOn: null, dueOn: null } };
    const until = parsePeriod(ongoing[1]);
    if (!until) return { ok: false, message: `"${text}": cannot read "${ongoing[1]}" as a date${ACCEPTED}` };
    return { ok: true, target: { kind: PlanTargetKind.ONGOING, text, startsOn: null, dueOn: until.end } };
  }
  const single = parsePeriod(text);
  if (single) return { ok: true, target: { kind: PlanTargetKind.DATE, text, startsOn: null, dueOn: single.end } };
  const parts = text.split(/\s*(?:[–—]|\s-\s|\bto\b|\buntil\b)\s*/i).filter(Boolean);
  if (parts.length === 2) {
    const from = parsePeriod(parts[0]);
    // "February – March 2015": the first part borrows the second's year.
    const to = parsePeriod(parts[1]);
    const fromWithYear = from ?? (to && /^[a-z]+$/i.test(parts[0]) ? parsePeriod(`${parts[0]} ${to.end.slice(0, 4)}`) : null);
    if (fromWithYear && to) {
      if (fromWithYear.start > to.end) return { ok: false, message: `"${text}": the range ends before it starts.` };
      return { ok: true, target: { kind: PlanTargetKind.RANGE, text, startsOn: fromWithYear.start, dueOn: to.end } };
    }
  }
  return { ok: false, message: `"${text}" is not a date we can read${ACCEPTED}` };
}

const ACCEPTED = '; write a month and year ("July 2014"), a date ("31/07/2014"), a range ("February 2014 – March 2015") or "Ongoing".';

/** "Due soon" means due within this many days, unless a view asks for another window. */
export const DUE_SOON_DAYS = 30;

/** Today's date in UTC as YYYY-MM-DD, the form targets and updates are compared in. */
export const todayIso = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/** What status-dependent rules need of an action. */
export type ActionState = { dueOn: string | null; status: RagStatus | null };

/** Overdue: the target has passed and the action is not Blue (complete). Ongoing actions without an end are never overdue. */
export function isOverdue(action: ActionState, today: string): boolean {
  return action.dueOn !== null && action.dueOn < today && action.status !== RagStatus.BLUE;
}

/** Due soon: not complete, and due today or within `days` days. */
export function isDueSoon(action: ActionState, today: string, days: number): boolean {
  if (action.dueOn === null || action.status === RagStatus.BLUE) return false;
  return action.dueOn >= today && action.dueOn <= addDays(today, days);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A progress update as the status rules read it. */
export type UpdateState = { actionId: string; date: string; status: RagStatus; createdAt: Date };

/** Orders an action's history oldest first: by the date written, then by when it was entered. */
export const byHistoryOrder = (a: UpdateState, b: UpdateState) =>
  a.date.localeCompare(b.date) || a.createdAt.getTime() - b.createdAt.getTime();

/** The latest update on or before `asOf` (all of them when omitted), or null when there is none. */
export function latestUpdate<TUpdate extends UpdateState>(updates: TUpdate[], asOf?: string): TUpdate | null {
  const eligible = updates.filter((u) => asOf === undefined || u.date <= asOf).sort(byHistoryOrder);
  return eligible.length ? eligible[eligible.length - 1] : null;
}

export type StatusCounts = { red: number; amber: number; green: number; blue: number; noUpdate: number; total: number };

/** How many actions have each latest status as at `asOf`; actions created after it are left out. */
export function countByStatus(actions: { id: string; createdOn: string }[], updates: UpdateState[], asOf: string): StatusCounts {
  const counts: StatusCounts = { red: 0, amber: 0, green: 0, blue: 0, noUpdate: 0, total: 0 };
  const byAction = groupBy(updates, (u) => u.actionId);
  for (const action of actions) {
    const history = byAction.get(action.id) ?? [];
    // An action counts from its creation or its first update, whichever is earlier (imported history predates the row).
    const firstSeen = [action.createdOn, ...history.map((u) => u.date)].sort()[0];
    if (firstSeen > asOf) continue;
    const latest = latestUpdate(history, asOf);
    counts.total++;
    if (!latest) counts.noUpdate++;
    else counts[latest.status]++;
  }
  return counts;
}

/** Month ends from the month of `from` to the month of `to`, for a series charted by month. */
export function monthEnds(from: string, to: string): string[] {
  const ends: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const lastY = Number(to.slice(0, 4));
  const lastM = Number(to.slice(5, 7));
  while (y < lastY || (y === lastY && m <= lastM)) {
    ends.push(iso(y, m, lastDayOf(y, m)));
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
    if (ends.length > 240) break;
  }
  return ends;
}

function groupBy<TItem>(items: TItem[], key: (item: TItem) => string): Map<string, TItem[]> {
  const map = new Map<string, TItem[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
