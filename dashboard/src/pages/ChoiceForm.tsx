import type { FormEvent, ReactNode } from 'react';

import { Select, type SelectOption } from '../components/Select/Select';
import type { GetCouncilsCouncil } from '../graphql/queries/getCouncils';
import type { GetFrameworksFramework } from '../graphql/queries/getFrameworks';
import { ROUNDS, type Round } from '../view-models/council-position-choice';

/** Props of ChoiceForm. */
export type ChoiceFormProps = { onSubmit: () => void; submitText: string; children: ReactNode };

/**
 * The form above a view that chooses what it shows (council, framework, round…): its fields, then
 * one button. Browser validation is off (noValidate), as the GOV.UK Design System asks: the page
 * checks the choice itself and reports problems in its error summary.
 */
export function ChoiceForm({ onSubmit, submitText, children }: ChoiceFormProps) {
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="app-choice-form" onSubmit={handleSubmit} noValidate>
      {children}
      <button type="submit" className="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">
        {submitText}
      </button>
    </form>
  );
}

const ROUND_OPTIONS = ROUNDS.map((r) => ({ value: r, text: r }));

/** The round to show, in a quarter-width column. */
export function RoundField({ value, onChange }: { value: Round; onChange: (round: Round) => void }) {
  return (
    <div className="govuk-grid-column-one-quarter">
      <Select name="round" label="Round" options={ROUND_OPTIONS} value={value} onChange={(round) => onChange(round as Round)} />
    </div>
  );
}

/** What a field that chooses one thing by its key takes: the key chosen, the field's error, and what to do on a change. */
type KeyFieldProps = { value: string; error?: string; onChange: (key: string) => void };

/** Props of FrameworkField. */
export type FrameworkFieldProps = KeyFieldProps & { frameworks: Pick<GetFrameworksFramework, 'key' | 'title'>[] };

/** The self-assessment framework to show, in a half-width column. */
export function FrameworkField({ frameworks, value, error, onChange }: FrameworkFieldProps) {
  return (
    <div className="govuk-grid-column-one-half">
      <Select
        name="framework"
        label="Self-assessment framework"
        options={frameworks.map((f) => ({ value: f.key, text: f.title }))}
        value={value}
        error={error}
        onChange={onChange}
      />
    </div>
  );
}

/** Props of CouncilField; the key is the council's GSS code. */
export type CouncilFieldProps = KeyFieldProps & {
  /** The councils offered to the user, sorted by name. */
  councils: Pick<GetCouncilsCouncil, 'gssCode' | 'name'>[];
};

/** The council to show, in a half-width column. */
export function CouncilField({ councils, value, error, onChange }: CouncilFieldProps) {
  const options: SelectOption[] = councils.map((c) => ({ value: c.gssCode, text: c.name }));
  // A bookmarked code that is not (or no longer) a council keeps its place, so the select shows
  // what was asked for while the error summary explains it.
  if (!councils.some((c) => c.gssCode === value)) options.unshift({ value, text: `Unknown council (${value})` });
  return (
    <div className="govuk-grid-column-one-half">
      <Select name="council" label="Council" options={options} value={value} error={error} onChange={onChange} />
    </div>
  );
}

/** Props of DimensionField. */
export type DimensionFieldProps = {
  /** The framework's rating dimensions, in order: the field is shown only where there are several. */
  dimensions: { key: string; title: string }[];
  /** The dimension chosen; null for the framework's first. */
  value: string | null;
  hint?: string;
  error?: string;
  onChange: (key: string) => void;
};

/** Which of a framework's rating dimensions to show, in a half-width row of its own; nothing for a framework with one. */
export function DimensionField({ dimensions, value, hint, error, onChange }: DimensionFieldProps) {
  if (dimensions.length < 2) return null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half">
        <Select
          name="dimension"
          label="Rated on"
          hint={hint}
          options={dimensions.map((d) => ({ value: d.key, text: d.title }))}
          value={value ?? dimensions[0].key}
          error={error}
          onChange={onChange}
        />
      </div>
    </div>
  );
}
