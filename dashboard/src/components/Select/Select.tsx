import { useId } from 'react';

import { classNames } from '../class-names';
import { LabelledField } from '../FormGroup/FormGroup';

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
  return (
    <LabelledField id={name} label={label} hint={hint} hintId={hintId} error={error} errorId={`${name}-error`} className={className}>
      {(describedBy) => (
        <select
          className={classNames('govuk-select', error && 'govuk-select--error', 'govuk-!-width-full')}
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
      )}
    </LabelledField>
  );
}
