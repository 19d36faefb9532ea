import { useId } from 'react';

import { ErrorMessage } from '../ErrorMessage/ErrorMessage';

/** One radio of Radios. */
export type RadioOption = { value: string; text: string; hint?: string };

/** Props of Radios. */
export type RadiosProps = {
  /** Also the first radio's id, so an error summary can link to the group. */
  name: string;
  legend: string;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  inline?: boolean;
  small?: boolean;
};

/** GOV.UK radios in a fieldset, with a legend, an optional hint and error; the first radio carries the name as its id. */
export function Radios({ name, legend, options, value, onChange, hint, error, inline = false, small = false }: RadiosProps) {
  const hintId = useId();
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div className="govuk-hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div
          className={['govuk-radios', inline ? 'govuk-radios--inline' : null, small ? 'govuk-radios--small' : null]
            .filter(Boolean)
            .join(' ')}
          data-module="govuk-radios"
        >
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            return (
              <div key={option.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={option.value === value}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  onChange={() => onChange(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.text}
                </label>
                {option.hint ? (
                  <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
