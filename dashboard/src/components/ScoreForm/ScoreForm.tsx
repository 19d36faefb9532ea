import { type FormEvent, useState } from 'react';

import type { ErrorSummaryItem } from '../ErrorSummary/ErrorSummary';
import { firstRadioId, ScoreRadios, type ScoreScale } from '../ScoreRadios/ScoreRadios';

/** Props of ScoreForm. */
export type ScoreFormProps = {
  /** Prefix of the fields' ids, unique on the page (e.g. the statement's key). */
  idPrefix: string;
  scales: ScoreScale[];
  /** The levels already chosen, by scale key (the participant's earlier score). */
  initial: Record<string, string>;
  submitText: string;
  /** Called with one level per scale once every scale has one. */
  onSubmit: (levels: { dimensionKey: string; levelKey: string }[]) => void;
  /** Called with the problems to show in the page's error summary, or none once they are fixed. */
  onInvalid: (items: ErrorSummaryItem[]) => void;
  busy?: boolean;
  /** Legend of a single scale: the statement is the page's heading, so the question is short. */
  singleLegend?: string;
};

/**
 * Scoring a statement on each of its scales with GOV.UK radios, checked before it is sent: a scale
 * left unscored is named in the error summary and beside its radios, as GOV.UK's pattern asks.
 */
export function ScoreForm({ idPrefix, scales, initial, submitText, onSubmit, onInvalid, busy = false, singleLegend }: ScoreFormProps) {
  const [chosen, setChosen] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const missing = scales.filter((s) => !chosen[s.key]);
    const nextErrors = Object.fromEntries(
      missing.map((s) => [s.key, scales.length === 1 ? 'Choose a level' : `Choose a level for ${s.title.toLowerCase()}`]),
    );
    setErrors(nextErrors);
    if (missing.length > 0) {
      onInvalid(missing.map((s) => ({ text: nextErrors[s.key], href: `#${firstRadioId(`${idPrefix}-${s.key}`, s)}` })));
      return;
    }
    onInvalid([]);
    onSubmit(scales.map((s) => ({ dimensionKey: s.key, levelKey: chosen[s.key] })));
  };

  return (
    <form noValidate onSubmit={handleSubmit}>
      {scales.map((scale) => (
        <ScoreRadios
          key={scale.key}
          scale={scale}
          legend={scales.length === 1 && singleLegend ? singleLegend : scale.title}
          value={chosen[scale.key] ?? null}
          onChange={(levelKey) => setChosen((previous) => ({ ...previous, [scale.key]: levelKey }))}
          idPrefix={`${idPrefix}-${scale.key}`}
          error={errors[scale.key]}
        />
      ))}
      <button type="submit" className="govuk-button app-wide-button" data-module="govuk-button" disabled={busy} aria-disabled={busy}>
        {submitText}
      </button>
    </form>
  );
}
