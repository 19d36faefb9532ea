/**
 * Words and shapes for facilitated sessions: pure functions, so what the phones, the projector and
 * the facilitator say about a spread is tested without a browser and cannot drift apart.
 */

/** The roles a participant may choose (the only thing recorded about them). */
export type SessionRole = 'OFFICER' | 'MANAGER' | 'COUNCILLOR' | 'PARTNER';

/** The roles in the order they are offered and listed. */
export const SESSION_ROLES: SessionRole[] = ['OFFICER', 'MANAGER', 'COUNCILLOR', 'PARTNER'];

/** Each role's name, in the singular and plural, and the hint shown when choosing it. */
export const ROLE_WORDS: Record<SessionRole, { one: string; many: string; hint: string }> = {
  OFFICER: { one: 'officer', many: 'officers', hint: 'A planning officer or other member of staff' },
  MANAGER: { one: 'manager', many: 'managers', hint: 'A team leader, head of service or director' },
  COUNCILLOR: { one: 'councillor', many: 'councillors', hint: 'An elected member' },
  PARTNER: { one: 'partner', many: 'partners', hint: 'Someone from outside the council, such as an agent or consultee' },
};

/**
 * The shape that marks each role in a spread. Shapes rather than colours, so the roles can be told
 * apart in print, on a washed-out projector and by people who do not see colour.
 */
export const ROLE_SHAPES: Record<SessionRole | 'OTHER', string> = {
  OFFICER: '●',
  MANAGER: '■',
  COUNCILLOR: '▲',
  PARTNER: '◆',
  OTHER: '○',
};

/** A count with its noun: "1 officer", "2 officers". */
export const roleCount = (role: SessionRole, count: number): string =>
  `${count} ${count === 1 ? ROLE_WORDS[role].one : ROLE_WORDS[role].many}`;

/** A role's name with a capital, for labels: "Officer". */
export const roleLabel = (role: SessionRole): string => ROLE_WORDS[role].one[0].toUpperCase() + ROLE_WORDS[role].one.slice(1);

/** Who has joined: "6 joined: 2 officers, 2 managers, 1 councillor and 1 partner", or "Nobody has joined yet". */
export function joinedWords(byRole: { role: SessionRole; count: number }[]): string {
  const present = SESSION_ROLES.map((role) => ({ role, count: byRole.find((r) => r.role === role)?.count ?? 0 })).filter(
    (r) => r.count > 0,
  );
  const total = present.reduce((sum, r) => sum + r.count, 0);
  if (total === 0) return 'Nobody has joined yet';
  return `${total} joined: ${listWords(present.map((r) => roleCount(r.role, r.count)))}`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** How many have scored, never what: "3 of 6 have scored" (1 "has"). */
export function scoredWords(scored: number, participants: number): string {
  return `${scored} of ${participants} ${scored === 1 ? 'has' : 'have'} scored`;
}

/** The part of a level that the median words need. */
export type LevelForWords = { label: string; position: number };

/**
 * The median in words, from its position on the scale (0 = lowest): the level's label, or "between
 * Fair and Good" when it falls halfway; null when there is no median (a withheld spread).
 */
export function medianWords(median: number | null, levels: LevelForWords[]): string | null {
  if (median === null || !Number.isFinite(median)) return null;
  const at = (position: number) => levels.find((l) => l.position === position)?.label;
  if (Number.isInteger(median)) return at(median) ?? null;
  const lower = at(Math.floor(median));
  const upper = at(Math.ceil(median));
  return lower && upper ? `between ${lower} and ${upper}` : null;
}

/** One level of a revealed spread, as the spread views need it. */
export type SpreadLevelInput = { level: LevelForWords & { key: string }; count: number; byRole: { role: SessionRole; count: number }[] };

/** One mark in a level's row: a role's shape, repeated once per score. */
export type SpreadMark = { role: SessionRole | 'OTHER'; shape: string; count: number };

/** A level's row of the spread: its marks (shown roles first, then roles too small to show) and the words a screen reader hears. */
export type SpreadRow = { key: string; label: string; count: number; marks: SpreadMark[]; words: string };

/**
 * The rows of a revealed spread, highest level first (as the scale reads on screen). Roles the API
 * did not show (fewer than 2 of that role) are only ever counted together as "other roles".
 */
export function spreadRows(levels: SpreadLevelInput[], shownRoles: SessionRole[]): SpreadRow[] {
  return [...levels]
    .sort((a, b) => b.level.position - a.level.position)
    .map((l) => {
      const shown = SESSION_ROLES.filter((role) => shownRoles.includes(role)).map((role) => ({
        role,
        shape: ROLE_SHAPES[role],
        count: l.byRole.find((r) => r.role === role)?.count ?? 0,
      }));
      const other = Math.max(0, l.count - shown.reduce((sum, m) => sum + m.count, 0));
      const marks: SpreadMark[] = [...shown, { role: 'OTHER' as const, shape: ROLE_SHAPES.OTHER, count: other }].filter((m) => m.count > 0);
      const parts = marks.map((m) => (m.role === 'OTHER' ? `${m.count} from other roles` : roleCount(m.role, m.count)));
      const words =
        l.count === 0
          ? `${l.level.label}: none`
          : `${l.level.label}: ${l.count}${parts.length > 0 && shownRoles.length > 0 ? ` (${listWords(parts)})` : ''}`;
      return { key: l.level.key, label: l.level.label, count: l.count, marks, words };
    });
}

/** A dimension's spread, as the summary needs it. */
export type SpreadSummaryInput = {
  dimension: { title: string };
  scored: number;
  withheld: boolean;
  reason: string | null;
  median: number | null;
  levels: SpreadLevelInput[];
};

/**
 * What the live region announces when the scores are revealed, for each dimension: how many
 * scored, the median and the count at each level that has any; or why the spread is withheld.
 */
export function revealAnnouncement(spreads: SpreadSummaryInput[], withDimension: boolean): string {
  return spreads
    .map((s) => {
      const prefix = withDimension ? `${s.dimension.title}: ` : '';
      if (s.withheld) return `${prefix}${s.scored} scored. ${s.reason ?? 'Too few scored to show the spread.'}`;
      const median = medianWords(
        s.median,
        s.levels.map((l) => l.level),
      );
      const counts = [...s.levels]
        .sort((a, b) => b.level.position - a.level.position)
        .filter((l) => l.count > 0)
        .map((l) => `${l.level.label} ${l.count}`);
      return `${prefix}${s.scored} scored${median ? `, median ${median}` : ''}. ${listWords(counts)}.`;
    })
    .join(' ');
}

/** Normalises a typed join code as the API does: capitals, no spaces or dashes. */
export const normaliseJoinCode = (code: string): string => code.toUpperCase().replace(/[\s-]+/g, '');
