/**
 * What the council position page shows, kept in the query string so a view can be bookmarked and
 * shared, e.g. ?council=E07000034&framework=dm-challenge-toolkit&round=2025-26. Pure functions, so
 * the parsing rules are tested without a browser.
 */

/** The rounds the page offers, newest first. */
export const ROUNDS = ['2025-26', '2024-25'] as const;

/** One of the offered rounds. */
export type Round = (typeof ROUNDS)[number];

/**
 * How many rounds, ending with the chosen one, a comparison may draw on: 1 compares that round
 * alone; 2 or 3 take each council's latest submission in that many rounds (the API's windowRounds).
 */
export const WINDOWS = [1, 2, 3] as const;

/** One of the offered windows. */
export type WindowRounds = (typeof WINDOWS)[number];

/** The council, framework, round and (for multi-dimension frameworks) dimension on show. */
export type CouncilPositionChoice = {
  /** ONS GSS code, e.g. E07000034. */
  council: string;
  /** Framework key, e.g. dm-challenge-toolkit. */
  framework: string;
  round: Round;
  /** Rounds the comparison may draw on, ending with round; 1 (the round alone) is the default. */
  window: WindowRounds;
  /** Null means the framework's first dimension. */
  dimension: string | null;
  /** Peer group key, e.g. "type:district"; null means the first of the council's default groups (all councils). */
  group: string | null;
  /** The section whose items are shown, if any ("items within a section on demand"). */
  items: string | null;
};

/** Chesterfield, the DM Challenge Toolkit and the newest round, when neither the URL nor the user says otherwise. */
export const DEFAULT_CHOICE: CouncilPositionChoice = {
  council: 'E07000034',
  framework: 'dm-challenge-toolkit',
  round: '2025-26',
  window: 1,
  dimension: null,
  group: null,
  items: null,
};

const GSS_CODE = /^[EWSN]\d{8}$/;
const KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;
// Peer group keys carry a kind and a value: "all", "type:district", "region:East Midlands", "circumstance:cash-strapped".
const GROUP_KEY = /^[a-z]+(:[A-Za-z0-9][A-Za-z0-9 ,'&().-]{0,79})?$/;

const isRound = (value: string | null): value is Round => ROUNDS.some((r) => r === value);
const windowOf = (value: string | null): WindowRounds => WINDOWS.find((w) => String(w) === value) ?? DEFAULT_CHOICE.window;

/**
 * Reads a choice from a query string. Anything missing or malformed falls back to the default, so a
 * mistyped link still shows a page; a well-formed code the API does not know is passed on, and the
 * API's "not found" message is shown. With no council in the URL the choice is the default council,
 * or null while that is not yet known (a null defaultCouncil).
 */
export function parseChoice(search: string, defaultCouncil?: string): CouncilPositionChoice;
export function parseChoice(search: string, defaultCouncil: string | null): CouncilPositionChoice | null;
export function parseChoice(search: string, defaultCouncil: string | null = DEFAULT_CHOICE.council): CouncilPositionChoice | null {
  const params = new URLSearchParams(search);
  const councilParam = params.get('council')?.trim().toUpperCase() ?? '';
  const council = GSS_CODE.test(councilParam) ? councilParam : defaultCouncil;
  if (council === null) return null;
  const framework = params.get('framework')?.trim().toLowerCase() ?? '';
  const round = params.get('round')?.trim() ?? null;
  const dimension = params.get('dimension')?.trim().toLowerCase() ?? '';
  const group = params.get('group')?.trim() ?? '';
  const items = params.get('items')?.trim().toLowerCase() ?? '';
  return {
    council,
    framework: KEY.test(framework) ? framework : DEFAULT_CHOICE.framework,
    round: isRound(round) ? round : DEFAULT_CHOICE.round,
    window: windowOf(params.get('window')?.trim() ?? null),
    dimension: KEY.test(dimension) ? dimension : null,
    group: GROUP_KEY.test(group) ? group : null,
    items: KEY.test(items) ? items : null,
  };
}

/**
 * The council to show when the URL names none: the user's own council (their councilId is the
 * council's id, so its GSS code comes from the list of councils), else Chesterfield. Null while the
 * list the answer depends on is still loading.
 */
export function defaultCouncilFor(councilId: string | null, councils: { id: string; gssCode: string }[] | undefined): string | null {
  if (councilId === null) return DEFAULT_CHOICE.council;
  if (councils === undefined) return null;
  return councils.find((c) => c.id === councilId)?.gssCode ?? DEFAULT_CHOICE.council;
}

/** Writes a choice as a query string (with its leading "?"), leaving out a default window, dimension and group and closed items. */
export function serialiseChoice(choice: CouncilPositionChoice): string {
  const params = new URLSearchParams({ council: choice.council, framework: choice.framework, round: choice.round });
  if (choice.window !== DEFAULT_CHOICE.window) params.set('window', String(choice.window));
  if (choice.dimension) params.set('dimension', choice.dimension);
  if (choice.group) params.set('group', choice.group);
  if (choice.items) params.set('items', choice.items);
  return `?${params.toString()}`;
}

/** The dimension to ask the API for: null (the first) unless the framework has several and the choice names one of them. */
export function resolveDimension(choice: CouncilPositionChoice, dimensionKeys: string[] | null): string | null {
  // Until the frameworks have loaded, trust the URL; the API says so if the dimension is unknown.
  if (dimensionKeys === null) return choice.dimension;
  if (dimensionKeys.length <= 1 || choice.dimension === null) return null;
  return dimensionKeys.includes(choice.dimension) ? choice.dimension : null;
}
