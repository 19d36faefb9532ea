import type { ErrorLike } from '@apollo/client';

import { Loading } from '../components/Loading/Loading';
import { useChoiceDraft } from '../hooks/useChoiceDraft';
import { type UseCouncilViewResult, useViewErrors } from '../hooks/useCouncilView';
import type { Viewer } from '../hooks/useViewer';
import type { ViewChoice } from '../view-models/view-choice';

import { ChoiceForm, CouncilField, RoundField } from './ChoiceForm';

/** What the form needs of the view: the councils offered, whether they have arrived, and the choice in the URL. */
export type CouncilRoundView = Pick<UseCouncilViewResult, 'offeredCouncils' | 'councilsLoaded' | 'choice' | 'setChoice'>;

/** Props of CouncilRoundForm. */
export type CouncilRoundFormProps = {
  view: CouncilRoundView;
  /** A message for the council field, matching the page's error summary. */
  councilError?: string;
  /** The button's words, e.g. "Show matrix". */
  submitText: string;
};

/** Whether the form shows its fields yet (the councils have arrived and the choice is known), so errors may link to them. */
export function councilRoundFormReady(view: CouncilRoundView): view is CouncilRoundView & { choice: ViewChoice } {
  return view.councilsLoaded && view.choice !== null;
}

/**
 * The error summary's items for a council-and-round view (its councils' error and its own), and the
 * message for the form's council field, which the summary links to once the form is shown.
 */
export function useCouncilRoundErrors(
  view: CouncilRoundView & Pick<UseCouncilViewResult, 'councils' | 'councilsError'>,
  viewer: Viewer,
  error: ErrorLike | undefined,
): ReturnType<typeof useViewErrors> {
  return useViewErrors([view.councilsError, error], viewer, view.choice?.council ?? null, view.councils, councilRoundFormReady(view));
}

/**
 * The choice of council and round for a view, or "Loading councils…" until the councils and the
 * choice are known. Nothing changes until the button is pressed, as GOV.UK advises for selects
 * (WCAG 2.2 SC 3.2.2).
 */
export function CouncilRoundForm({ view, councilError, submitText }: CouncilRoundFormProps) {
  if (!councilRoundFormReady(view)) return <Loading text="Loading councils…" />;
  return (
    <CouncilRoundFields
      councils={view.offeredCouncils}
      choice={view.choice}
      onChoose={view.setChoice}
      councilError={councilError}
      submitText={submitText}
    />
  );
}

type CouncilRoundFieldsProps = {
  councils: CouncilRoundView['offeredCouncils'];
  choice: ViewChoice;
  onChoose: (choice: ViewChoice) => void;
  councilError?: string;
  submitText: string;
};

function CouncilRoundFields({ councils, choice, onChoose, councilError, submitText }: CouncilRoundFieldsProps) {
  // When the choice changes from outside (the back button), start again from it.
  const [draft, setDraft] = useChoiceDraft(choice, `${choice.council}|${choice.round}|${choice.group}`);
  const handleSubmit = () => {
    onChoose(draft);
  };

  return (
    <ChoiceForm onSubmit={handleSubmit} submitText={submitText}>
      <div className="govuk-grid-row">
        <CouncilField
          councils={councils}
          value={draft.council}
          error={councilError}
          onChange={(council) => setDraft((d) => ({ ...d, council }))}
        />
        <RoundField value={draft.round} onChange={(round) => setDraft((d) => ({ ...d, round }))} />
      </div>
    </ChoiceForm>
  );
}
