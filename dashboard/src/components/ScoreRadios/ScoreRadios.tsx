import { ErrorMessage } from '../ErrorMessage/ErrorMessage';

/** A scale to score on, with its levels (lowest first) and their descriptors. */
export type ScoreScale = {
  key: string;
  title: string;
  description: string;
  levels: { key: string; label: string; descriptor: string; position: number }[];
};

/** Props of ScoreRadios. */
export type ScoreRadiosProps = {
  scale: ScoreScale;
  /** The legend: the question asked, e.g. the scale's title. */
  legend: string;
  value: string | null;
  onChange: (levelKey: string) => void;
  /** Prefix of each radio's id; the first radio's id is what an error summary links to. */
  idPrefix: string;
  error?: string;
  disabled?: boolean;
};

/** The id of the first radio, for an error summary's link. */
export const firstRadioId = (idPrefix: string, scale: ScoreScale): string => `${idPrefix}-${scale.levels[0]?.key ?? 'level'}`;

/**
 * GOV.UK radios for one scale, each level with its descriptor as the hint, so a participant scores
 * against what the level means rather than its name. Full-size radios: large targets on a phone.
 * The highest level comes first, as the toolkit's scales read.
 */
export function ScoreRadios({ scale, legend, value, onChange, idPrefix, error, disabled = false }: ScoreRadiosProps) {
  const errorId = `${idPrefix}-error`;
  const hintId = `${idPrefix}-hint`;
  const levels = [...scale.levels].sort((a, b) => b.position - a.position);
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={[scale.description ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {scale.description ? (
          <div className="govuk-hint" id={hintId}>
            {scale.description}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="govuk-radios" data-module="govuk-radios">
          {levels.map((level) => {
            const id = `${idPrefix}-${level.key}`;
            return (
              <div key={level.key} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={idPrefix}
                  type="radio"
                  value={level.key}
                  checked={value === level.key}
                  disabled={disabled}
                  aria-describedby={`${id}-hint`}
                  onChange={() => onChange(level.key)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {level.label}
                </label>
                <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                  {level.descriptor}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
