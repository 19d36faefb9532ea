import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { BackLink } from '../components/BackLink/BackLink';
import { Checkboxes } from '../components/Checkboxes/Checkboxes';
import { Loading } from '../components/Loading/Loading';
import { Radios } from '../components/Radios/Radios';
import { TextInput } from '../components/TextInput/TextInput';
import { Textarea } from '../components/Textarea/Textarea';
import { firstErrorMessage, pageErrorMessages } from '../graphql/errors';
import { GET_COUNCILS } from '../graphql/queries/getCouncils';
import type { GetImprovementPlanPlan } from '../graphql/queries/getImprovementPlan';
import type { GetPlanChallengeSuggestionResult } from '../graphql/queries/getPlanChallengeSuggestion';
import { type DraftErrors, useDraftForm } from '../hooks/useDraftForm';
import { useImprovementPlan } from '../hooks/useImprovementPlan';
import { useImprovementPlans } from '../hooks/useImprovementPlans';
import { usePlanChallengeSuggestion } from '../hooks/usePlanChallengeSuggestion';
import { usePlanChanges } from '../hooks/usePlanChanges';
import type { Viewer } from '../hooks/useViewer';
import { navigate } from '../router/history';
import { useLocation } from '../router/useLocation';
import { type AddToPlanTarget, parseAddToPlan, planPath, sourceWords } from '../view-models/plan-words';
import './improvement-plan.css';
import { PageErrorSummary } from '../components/ErrorSummary/PageErrorSummary';
import { usePageTitle } from '../hooks/usePageTitle';

const SERVICE_TITLE = 'Add to the improvement plan – Touchstone';
/** The heading radio's value for "a new local theme". */
const NEW_HEADING = 'new';

/** Props of AddToPlanPage. */
export type AddToPlanPageProps = { viewer: Viewer };

/**
 * "Add to the improvement plan" from a weak spot (a section, statement, breakthrough question or
 * theme): a challenge pre-filled from it and linked to it, under a heading the lead chooses, with
 * the section's top tips offered as starting actions. Nothing is stored until the lead adds it; a
 * council with no plan yet gets one started with it.
 */
export function AddToPlanPage({ viewer }: AddToPlanPageProps) {
  const { search } = useLocation();
  const target = useMemo(() => parseAddToPlan(search), [search]);
  const councilsQuery = useQuery(GET_COUNCILS);
  const council = councilsQuery.data?.councils.find((c) => c.gssCode === target?.council);
  const { suggestion, loading: suggestionLoading, error: suggestionError } = usePlanChallengeSuggestion(target);
  const { plans, loading: plansLoading, error: plansError } = useImprovementPlans(target?.council ?? null);
  const planId = plans?.[0]?.id ?? null;
  const { plan, loading: planLoading, error: planError } = useImprovementPlan(planId);
  const canEdit =
    viewer.role === 'ADMINISTRATOR' || (viewer.role === 'COUNCIL_LEAD' && council !== undefined && council.id === viewer.councilId);

  const errorItems = pageErrorMessages([suggestionError, plansError, planError]).map((m) => ({ text: m.message }));
  if (!target)
    errorItems.push({ text: 'Nothing was chosen to add: use "Add to the improvement plan" beside a section, question or theme.' });
  else if (council && !canEdit) errorItems.push({ text: `Only ${council.name}’s council lead can add to its improvement plan.` });

  usePageTitle(SERVICE_TITLE, errorItems.length > 0);

  const loading = suggestionLoading || plansLoading || planLoading || councilsQuery.loading;
  return (
    <>
      <PageErrorSummary items={errorItems} />
      {target ? <BackLink to={planPath(target.council, planId)}>Back to the improvement plan</BackLink> : null}
      <span className="govuk-caption-l">{council ? `${council.name}’s improvement plan` : 'Improvement plan'}</span>
      <h1 className="govuk-heading-l">Add to the improvement plan</h1>
      {loading ? (
        <Loading text="Loading the suggestion…" />
      ) : target && suggestion && plans && council && canEdit && (plan || plans.length === 0) ? (
        <AddChallengeForm
          key={`${search}|${plan?.id ?? ''}`}
          target={target}
          suggestion={suggestion}
          plan={plan ?? null}
          councilName={council.name}
        />
      ) : null}
    </>
  );
}

type AddChallengeFormProps = {
  target: AddToPlanTarget;
  suggestion: GetPlanChallengeSuggestionResult;
  /** The council's newest plan, or null to start one with this challenge. */
  plan: GetImprovementPlanPlan | null;
  councilName: string;
};

/** What the lead fills in: the plan's title (only when starting a plan), the heading, the challenge and its starting actions. */
type ChallengeDraft = {
  planTitle: string;
  headingId: string;
  title: string;
  outcomes: string;
  tips: string[];
  lead: string;
  actionTarget: string;
};

/** Each field's id, so the error summary can link to it. */
const FIELD_IDS: Record<keyof ChallengeDraft, string> = {
  planTitle: 'plan-title',
  headingId: 'heading',
  title: 'challenge-title',
  outcomes: 'outcomes',
  tips: 'actions',
  lead: 'action-lead',
  actionTarget: 'action-target',
};

/** The pre-filled challenge, its heading and its starting actions. */
function AddChallengeForm({ target, suggestion, plan, councilName }: AddChallengeFormProps) {
  const { createPlan, addHeading, addChallenge } = usePlanChanges();
  const existing = plan?.headings.find((h) => h.title.toLowerCase() === suggestion.suggestedHeadingTitle.toLowerCase());
  const { summary, sending, handleSubmit, field } = useDraftForm<ChallengeDraft>({
    empty: () => ({
      planTitle: `${councilName} improvement plan ${new Date().getUTCFullYear()}`,
      headingId: existing?.id ?? NEW_HEADING,
      title: suggestion.title,
      outcomes: '',
      tips: [],
      lead: '',
      actionTarget: '',
    }),
    idOf: (key) => FIELD_IDS[key],
    check: (draft) => {
      const found: DraftErrors<ChallengeDraft> = {};
      if (!plan && !draft.planTitle.trim()) found.planTitle = 'Enter a title for the plan';
      if (!draft.title.trim()) found.title = 'Enter the challenge';
      if (draft.tips.length > 0 && !draft.lead.trim()) found.lead = 'Enter the lead role or team for the starting actions';
      if (draft.tips.length > 0 && !draft.actionTarget.trim())
        found.actionTarget = 'Enter a target for the starting actions, for example July 2027 or Ongoing';
      return found;
    },
    send: async (draft) => {
      let planId = plan?.id ?? null;
      let heading = draft.headingId;
      if (!planId) {
        planId = (await createPlan({ councilGssCode: target.council, title: draft.planTitle.trim() })).id;
        heading = NEW_HEADING;
      }
      if (heading === NEW_HEADING) heading = (await addHeading(planId, suggestion.suggestedHeadingTitle)).id;
      await addChallenge({
        headingId: heading,
        title: draft.title.trim(),
        outcomes: draft.outcomes.trim(),
        source: { kind: suggestion.source.kind, frameworkKey: suggestion.source.frameworkKey, subjectKey: suggestion.source.subjectKey },
        actions: draft.tips.map((description) => ({ description, lead: draft.lead.trim(), target: draft.actionTarget.trim() })),
      });
      navigate(planPath(target.council, planId));
    },
    messageOf: firstErrorMessage,
  });
  const tips = field('tips');

  const headingOptions = [
    ...(plan?.headings ?? []).map((h) => ({
      value: h.id,
      text: h.title,
      hint: h.kind === 'CORE_ELEMENT' ? 'Core element' : 'Local theme',
    })),
    ...(existing ? [] : [{ value: NEW_HEADING, text: `A new local theme: ${suggestion.suggestedHeadingTitle}` }]),
  ];

  return (
    <form noValidate onSubmit={(e) => void handleSubmit(e)}>
      <PageErrorSummary items={summary} />
      <div className="govuk-inset-text">
        From {sourceWords(suggestion.source)}. The challenge stays linked to it, so the plan shows where it came from.
      </div>
      {plan ? null : (
        <TextInput
          {...field('planTitle')}
          label="Plan title"
          hint={`${councilName} has no improvement plan yet: this starts one, headed by the five core elements.`}
        />
      )}
      {plan ? (
        <Radios
          {...field('headingId')}
          legend="Heading"
          hint="A core element of the corporate peer challenge, or one of the council’s own themes."
          options={headingOptions}
        />
      ) : null}
      <Textarea {...field('title')} label="Challenge" rows={3} />
      <Textarea {...field('outcomes')} label="Outcomes and measures of success (optional)" hint="One a line." rows={3} />
      {suggestion.suggestedActions.length > 0 ? (
        <>
          <Checkboxes
            idPrefix={tips.name}
            small
            legendSize="s"
            legend="Starting actions"
            hint="The section’s top tips. Choose any to add as actions; you can add others on the plan page."
            options={suggestion.suggestedActions.map((tip) => ({ value: tip, text: tip }))}
            values={tips.value}
            onChange={tips.onChange}
          />
          {tips.value.length > 0 ? (
            <>
              <TextInput
                {...field('lead')}
                label="Lead for the starting actions"
                hint="A role or team, for example Head of Planning. Not a person’s name."
              />
              <TextInput
                {...field('actionTarget')}
                label="Target for the starting actions"
                hint="A month (July 2027), a range (April 2027 – March 2028) or Ongoing."
                inputClassName="govuk-input--width-20"
              />
            </>
          ) : null}
        </>
      ) : (
        <p className="govuk-body">There are no top tips for this section: add actions on the plan page.</p>
      )}
      <button type="submit" className="govuk-button" disabled={sending}>
        Add to the plan
      </button>
    </form>
  );
}
