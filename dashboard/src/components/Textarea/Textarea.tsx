import { useId } from 'react';

import { classNames } from '../class-names';
import { LabelledField } from '../FormGroup/FormGroup';

/** Props of Textarea. */
export type TextareaProps = {
  /** Also the id, so an error summary can link to the field. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  rows?: number;
  /** A bolder label, for a field inside a larger form. */
  labelSize?: 's';
};

/** GOV.UK textarea with its label, optional hint and error message in a form group. */
export function Textarea({ name, label, value, onChange, hint, error, rows = 4, labelSize }: TextareaProps) {
  const hintId = useId();
  return (
    <LabelledField
      id={name}
      label={label}
      labelClassName={labelSize && `govuk-label--${labelSize}`}
      hint={hint}
      hintId={hintId}
      error={error}
      errorId={`${name}-error`}
    >
      {(describedBy) => (
        <textarea
          className={classNames('govuk-textarea', error && 'govuk-textarea--error')}
          id={name}
          name={name}
          rows={rows}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </LabelledField>
  );
}
