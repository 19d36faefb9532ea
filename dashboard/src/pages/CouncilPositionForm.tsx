import { useChoiceDraft } from '../hooks/useChoiceDraft';
import type { GetCouncilsCouncil } from '../graphql/queries/getCouncils';
import type { GetFrameworksFramework } from '../graphql/queries/getFrameworks';
import type { CouncilPositionChoice } from '../view-models/council-position-choice';
import { dimensionsInOrder } from '../view-models/dimensions-in-order';

import { ChoiceForm, CouncilField, DimensionField, FrameworkField } from './ChoiceForm';

/** The form's fields; also their ids, so the page's error summary can link to them. */
export type CouncilPositionField = 'council' | 'framework' | 'dimension';

/** Props of CouncilPositionForm. */
export type CouncilPositionFormProps = {
  /** The councils offered to the user, already sorted by name. */
  councils: GetCouncilsCouncil[];
  /** Rated frameworks only: plan templates cannot be compared. */
  frameworks: GetFrameworksFramework[];
  /** What is on show now; the form starts from it. */
  choice: CouncilPositionChoice;
  onChoose: (choice: CouncilPositionChoice) => void;
  /** Messages to show above fields, matching the page's error summary. */
  errors?: Partial<Record<CouncilPositionField, string>>;
};

const firstDimension = (framework: GetFrameworksFramework | undefined): string | null =>
  framework && framework.dimensions.length > 1 ? (dimensionsInOrder(framework)[0]?.key ?? null) : null;

/** The form's starting values: the choice, with a framework and dimension the form can show. */
function toDraft(choice: CouncilPositionChoice, frameworks: GetFrameworksFramework[]): CouncilPositionChoice {
  const framework = frameworks.find((f) => f.key === choice.framework) ?? frameworks[0];
  const dimensionKeys = framework?.dimensions.map((d) => d.key) ?? [];
  const dimension = choice.dimension !== null && dimensionKeys.includes(choice.dimension) ? choice.dimension : firstDimension(framework);
  return { ...choice, framework: framework?.key ?? choice.framework, dimension };
}

/**
 * The choice of council, framework and (where there are several) dimension. Nothing changes until
 * the button is pressed, as GOV.UK advises: changing what is shown while someone is still using a
 * select is disorienting, especially with a screen reader (WCAG 2.2 SC 3.2.2). The round is not
 * here: it switches in one click, beside the form, and a submit keeps the round on show.
 */
export function CouncilPositionForm({ councils, frameworks, choice, onChoose, errors = {} }: CouncilPositionFormProps) {
  // Only these fields' changes start the draft again: a switch of round or group leaves a half-made choice here alone.
  const [draft, setDraft] = useChoiceDraft(choice, `${choice.council}|${choice.framework}|${choice.dimension}`, (c) =>
    toDraft(c, frameworks),
  );

  const framework = frameworks.find((f) => f.key === draft.framework);
  const dimensions = dimensionsInOrder(framework);

  const handleSubmit = () => {
    // The round, window, group and open items are whatever is on show now, not what they were when the draft began.
    onChoose({ ...choice, council: draft.council, framework: draft.framework, dimension: dimensions.length > 1 ? draft.dimension : null });
  };

  return (
    <ChoiceForm onSubmit={handleSubmit} submitText="Show comparison">
      <div className="govuk-grid-row">
        <CouncilField
          councils={councils}
          value={draft.council}
          error={errors.council}
          onChange={(council) => setDraft((d) => ({ ...d, council }))}
        />
        <FrameworkField
          frameworks={frameworks}
          value={draft.framework}
          error={errors.framework}
          onChange={(key) => setDraft((d) => ({ ...d, framework: key, dimension: firstDimension(frameworks.find((f) => f.key === key)) }))}
        />
      </div>
      <DimensionField
        dimensions={dimensions}
        value={draft.dimension}
        hint="This framework rates each item in more than one way. Choose which to compare."
        error={errors.dimension}
        onChange={(dimension) => setDraft((d) => ({ ...d, dimension }))}
      />
    </ChoiceForm>
  );
}
