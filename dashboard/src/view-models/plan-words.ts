/**
 * Words for the improvement plan's views: statuses, sources, targets and who entered an update,
 * and the checks on the plan's forms. Pure, so they are tested without React.
 */
import type { PlanSourceKind, RagStatus, UserRole } from '../graphql/generated/graphql';

/** A status word for each RAG status, and for an action with no update yet: colour is never the only signal. */
export const STATUS_WORDS: Record<RagStatus | 'NONE', string> = {
  RED: 'Red (off track)',
  AMBER: 'Amber (at risk)',
  GREEN: 'Green (on track)',
  BLUE: 'Blue (complete)',
  NONE: 'No update yet',
};

/** The statuses in the order the plan lists them. */
export const RAG_STATUSES: RagStatus[] = ['RED', 'AMBER', 'GREEN', 'BLUE'];

/** The word for an action's status (null: no update yet). */
export const statusWords = (status: RagStatus | null): string => STATUS_WORDS[status ?? 'NONE'];

/** The GOV.UK tag colour for a status; the tag always carries the status's word as well. */
export function statusTagClass(status: RagStatus | null): string {
  switch (status) {
    case 'RED':
      return 'govuk-tag govuk-tag--red';
    case 'AMBER':
      return 'govuk-tag govuk-tag--orange';
    case 'GREEN':
      return 'govuk-tag govuk-tag--green';
    case 'BLUE':
      return 'govuk-tag govuk-tag--blue';
    default:
      return 'govuk-tag govuk-tag--grey';
  }
}

/** Where a challenge came from, as the plan's sources say it. */
export type PlanSourceWords = { kind: PlanSourceKind; reference: string | null; label: string | null };

/** "Recommendation R4", "DM Challenge Toolkit section: Performance management", "Local theme"… */
export function sourceWords(source: PlanSourceWords): string {
  const label = source.label ? `: ${source.label}` : '';
  switch (source.kind) {
    case 'PEER_RECOMMENDATION':
      return source.reference ? `Peer challenge recommendation ${source.reference}` : 'Peer challenge recommendation';
    case 'DM_SECTION':
      return `DM Challenge Toolkit section${label}`;
    case 'DM_STATEMENT':
      return `DM Challenge Toolkit statement${label}`;
    case 'BREAKTHROUGH_QUESTION':
      return `Improvement breakthrough question${label}`;
    case 'AMBITION_THEME':
      return `Improvement self-assessment theme${label}`;
    case 'LOCAL_THEME':
      return `Local theme${label}`;
  }
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A YYYY-MM-DD day as GOV.UK writes dates ("31 July 2014"); anything else is returned as it is. */
export function dayWords(isoDay: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return isoDay;
  const date = new Date(`${isoDay}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDay : DATE_FORMAT.format(date);
}

/** An action's target as written, with the day it is due by when that differs from the words ("July 2014, due by 31 July 2014"). */
export function targetWords(target: { text: string; dueOn: string | null }): string {
  return target.dueOn ? `${target.text} (due by ${dayWords(target.dueOn)})` : target.text;
}

/** Who entered an update, by role only (the plan never names people). */
export function enteredByWords(role: UserRole | null, imported: boolean): string {
  if (imported) return role ? `Imported from a spreadsheet by the ${roleWords(role)}` : 'Imported from a spreadsheet';
  return role ? `Entered by the ${roleWords(role)}` : 'Entered';
}

/** A role in a sentence ("council lead"). */
export function roleWords(role: UserRole): string {
  switch (role) {
    case 'COUNCIL_LEAD':
      return 'council lead';
    case 'COUNCIL_MEMBER':
      return 'council member';
    case 'PAS_ANALYST':
      return 'PAS analyst';
    case 'ADMINISTRATOR':
      return 'administrator';
  }
}

/** Today in UTC as YYYY-MM-DD: the day the API counts overdue from. */
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** What a new action needs; the target is written as councils write it and read on the server. */
export type ActionDraft = { description: string; lead: string; target: string };

/** The problems with an action form, by field, in the order of the form (empty when it can be sent). */
export function actionDraftErrors(draft: ActionDraft): Partial<Record<keyof ActionDraft, string>> {
  const errors: Partial<Record<keyof ActionDraft, string>> = {};
  if (!draft.description.trim()) errors.description = 'Enter what will be done';
  if (!draft.lead.trim()) errors.lead = 'Enter the lead role or team';
  if (!draft.target.trim()) errors.target = 'Enter a target, for example July 2027, April 2027 – March 2028 or Ongoing';
  return errors;
}

/** What a progress update needs. */
export type ProgressDraft = { date: string; text: string; status: RagStatus | '' };

/** The problems with a progress form, by field (empty when it can be sent); the date may not be after today. */
export function progressDraftErrors(draft: ProgressDraft, today: string): Partial<Record<keyof ProgressDraft, string>> {
  const errors: Partial<Record<keyof ProgressDraft, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || Number.isNaN(new Date(`${draft.date}T00:00:00Z`).getTime()))
    errors.date = 'Enter the date of the update, for example 2026-03-31';
  else if (draft.date > today) errors.date = 'The date of the update must be today or in the past';
  if (!draft.status) errors.status = 'Choose a status';
  if (!draft.text.trim()) errors.text = 'Enter what has happened';
  return errors;
}

/** The query string of the page that adds a weak spot to the plan. */
export type AddToPlanTarget = { council: string; kind: PlanSourceKind; subject: string };

/** The address of "Add to the improvement plan" for a section, statement, question or theme. */
export function addToPlanPath({ council, kind, subject }: AddToPlanTarget): string {
  return `/plan/add?${new URLSearchParams({ council, kind, subject }).toString()}`;
}

const SOURCE_KINDS: PlanSourceKind[] = ['DM_SECTION', 'DM_STATEMENT', 'BREAKTHROUGH_QUESTION', 'AMBITION_THEME'];

/** The weak spot named in the add page's query string, or null when it names none the plan can link. */
export function parseAddToPlan(search: string): AddToPlanTarget | null {
  const params = new URLSearchParams(search);
  const council = params.get('council');
  const kind = params.get('kind') as PlanSourceKind | null;
  const subject = params.get('subject');
  if (!council || !kind || !subject || !SOURCE_KINDS.includes(kind)) return null;
  return { council, kind, subject };
}

/** The source kind a framework's sections link as, for "Add to the improvement plan" beside them (null: none). */
export function sectionSourceKind(frameworkKey: string): PlanSourceKind | null {
  if (frameworkKey === 'dm-challenge-toolkit') return 'DM_SECTION';
  if (frameworkKey === 'improvement-self-assessment') return 'AMBITION_THEME';
  return null;
}

/** The plan page's choice in its query string: the council, the plan and the view. */
export type PlanPageChoice = { council: string | null; plan: string | null; view: 'heading' | 'status' };

/** Reads the plan page's query string. */
export function parsePlanPage(search: string): PlanPageChoice {
  const params = new URLSearchParams(search);
  return { council: params.get('council'), plan: params.get('plan'), view: params.get('view') === 'status' ? 'status' : 'heading' };
}

/** Writes the plan page's query string (the default view left out). */
export function serialisePlanPage(choice: PlanPageChoice): string {
  const params = new URLSearchParams();
  if (choice.council) params.set('council', choice.council);
  if (choice.plan) params.set('plan', choice.plan);
  if (choice.view === 'status') params.set('view', 'status');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The address of the plan page for a council's plan. */
export const planPath = (council: string, plan: string | null, view: PlanPageChoice['view'] = 'heading'): string =>
  `/plan${serialisePlanPage({ council, plan, view })}`;

/** The address of an action's history. */
export const actionPath = (actionId: string): string => `/plan/action?${new URLSearchParams({ id: actionId }).toString()}`;

/** The address of the spreadsheet import page for a plan. */
export const importPath = (planId: string): string => `/plan/import?${new URLSearchParams({ plan: planId }).toString()}`;

/** The viewer as the plan's permissions need them. */
export type PlanViewer = { role: UserRole; councilId: string | null };

/** What the viewer may do with a plan, as the API says (it decides; the page only offers what it will accept). */
export function planPermissions(plan: { viewerCanEdit: boolean; viewerCanAddProgress: boolean }) {
  return { canEdit: plan.viewerCanEdit, canAddProgress: plan.viewerCanEdit || plan.viewerCanAddProgress };
}

/** Whether "Add to the improvement plan" is offered: to the council's own lead, and to administrators. */
export function mayAddToPlan(viewer: PlanViewer, council: { id: string } | undefined): boolean {
  if (viewer.role === 'ADMINISTRATOR') return true;
  return viewer.role === 'COUNCIL_LEAD' && council !== undefined && council.id === viewer.councilId;
}
