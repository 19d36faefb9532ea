import { useId } from 'react';

/** One checkbox of Checkboxes. */
export type CheckboxOption = { value: string; text: string };

/** Props of Checkboxes. */
export type CheckboxesProps = {
  name: string;
  legend: string;
  options: CheckboxOption[];
  values: string[];
  onChange: (values: string[]) => void;
  hint?: string;
};

/** GOV.UK checkboxes in a fieldset; the values keep the options' order. */
export function Checkboxes({ name, legend, options, values, onChange, hint }: CheckboxesProps) {
  const hintId = useId();
  const toggle = (value: string, checked: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? checked : values.includes(v))));
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby={hint ? hintId : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div className="govuk-hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const id = `${name}-${index + 1}`;
            return (
              <div key={option.value} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  checked={values.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
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
