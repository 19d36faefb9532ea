import { useState } from 'react';

import type { GetCouncilsCouncil } from '../graphql/queries/getCouncils';
import type { ViewChoice } from '../view-models/view-choice';

import { ChoiceForm, CouncilField, RoundField } from './ChoiceForm';

/** Props of CouncilRoundForm. */
export type CouncilRoundFormProps = {
  /** The councils offered to the user, sorted by name. */
  councils: GetCouncilsCouncil[];
  choice: ViewChoice;
  onChoose: (choice: ViewChoice) => void;
  /** A message for the council field, matching the page's error summary. */
  councilError?: string;
  /** The button's words, e.g. "Show matrix". */
  submitText: string;
};

/**
 * The choice of council and round for a view. Nothing changes until the button is pressed, as
 * GOV.UK advises for selects (WCAG 2.2 SC 3.2.2).
 */
export function CouncilRoundForm({ councils, choice, onChoose, councilError, submitText }: CouncilRoundFormProps) {
  const [draft, setDraft] = useState(choice);
  // When the choice changes from outside (the back button), start again from it.
  const choiceKey = `${choice.council}|${choice.round}|${choice.group}`;
  const [source, setSource] = useState(choiceKey);
  if (source !== choiceKey) {
    setSource(choiceKey);
    setDraft(choice);
  }
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
