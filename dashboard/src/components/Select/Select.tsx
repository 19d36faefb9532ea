import { useId } from 'react';

import { ErrorMessage } from '../ErrorMessage/ErrorMessage';

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
  /** An error message to show above the field, matching an item in the page's error summary. */
  error?: string;
  /** Extra classes for the form group, e.g. a width. */
  className?: string;
  disabled?: boolean;
};

/** GOV.UK select with its label (and optional hint and error message) in a form group. */
export function Select({ name, label, options, value, onChange, hint, error, className, disabled }: SelectProps) {
  const hintId = useId();
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['govuk-form-group', error ? 'govuk-form-group--error' : null, className].filter(Boolean).join(' ')}>
      <label className="govuk-label" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <select
        className={error ? 'govuk-select govuk-select--error govuk-!-width-full' : 'govuk-select govuk-!-width-full'}
        id={name}
        name={name}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
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
