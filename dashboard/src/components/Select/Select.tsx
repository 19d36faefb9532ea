import { useId } from 'react';

/** One option in a Select. */
export type SelectOption = { value: string; text: string };

/** Props of Select. */
export type SelectProps = {
  /** Also the id, so an error summary can link to the field. */
  name: string;
  label: string;
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** Extra classes for the form group, e.g. a width. */
  className?: string;
  disabled?: boolean;
};

/** GOV.UK select with its label (and optional hint) in a form group. */
export function Select({ name, label, options, value, onChange, hint, className, disabled }: SelectProps) {
  const hintId = useId();
  return (
    <div className={className ? `govuk-form-group ${className}` : 'govuk-form-group'}>
      <label className="govuk-label" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <select
        className="govuk-select govuk-!-width-full"
        id={name}
        name={name}
        value={value}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
