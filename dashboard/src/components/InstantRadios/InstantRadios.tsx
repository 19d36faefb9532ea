import { useId } from 'react';

/** One radio of InstantRadios. */
export type InstantRadioOption = { value: string; text: string };

/** Props of InstantRadios. */
export type InstantRadiosProps = {
  legend: string;
  /** Says that choosing changes the figures at once, so no one waits for a button that is not there. */
  hint: string;
  options: InstantRadioOption[];
  value: string;
  onChange: (value: string) => void;
  /** Side by side, for a few short options. */
  inline?: boolean;
  /** Prefix of each radio's id, e.g. "round" gives "round-2025-26". */
  idPrefix: string;
};

/**
 * GOV.UK small radios that change the view in one click, as the peer group switch does. Radios
 * (not a select) because arrowing through a select that acted at once would change the view at
 * every step (WCAG 2.2 SC 3.2.2); a radio group changes only what follows it, and the page's live
 * region says what is now shown. The focus stays on the radio chosen.
 */
export function InstantRadios({ legend, hint, options, value, onChange, inline = false, idPrefix }: InstantRadiosProps) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <div className="govuk-form-group govuk-!-margin-bottom-4">
      <fieldset className="govuk-fieldset" aria-describedby={hintId}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
        <div
          className={['govuk-radios', 'govuk-radios--small', inline ? 'govuk-radios--inline' : null].filter(Boolean).join(' ')}
          data-module="govuk-radios"
        >
          {options.map((option) => {
            const id = `${idPrefix}-${option.value.replace(/[^A-Za-z0-9-]+/g, '-')}`;
            return (
              <div key={option.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={option.value === value}
                  onChange={() => onChange(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
