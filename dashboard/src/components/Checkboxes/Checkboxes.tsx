import { ErrorMessage } from '../ErrorMessage/ErrorMessage';

/** One checkbox of Checkboxes. */
export type CheckboxOption = { value: string; text: string; hint?: string };

/** Props of Checkboxes. */
export type CheckboxesProps = {
  legend: string;
  hint?: string;
  options: CheckboxOption[];
  values: string[];
  onChange: (values: string[]) => void;
  /** Prefix of each checkbox's id; the first one's id is what an error summary links to. */
  idPrefix: string;
  error?: string;
  small?: boolean;
  legendSize?: 's' | 'm';
};

/** GOV.UK checkboxes in a fieldset, keeping the chosen values in the options' order. */
export function Checkboxes({ legend, hint, options, values, onChange, idPrefix, error, small = false, legendSize = 'm' }: CheckboxesProps) {
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const toggle = (value: string, checked: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? checked : values.includes(v))));
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined}
      >
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint ? (
          <div className="govuk-hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className={small ? 'govuk-checkboxes govuk-checkboxes--small' : 'govuk-checkboxes'} data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const id = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
            return (
              <div key={option.value} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  type="checkbox"
                  value={option.value}
                  checked={values.includes(option.value)}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {option.text}
                </label>
                {option.hint ? (
                  <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
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
