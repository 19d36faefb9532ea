import { useId } from 'react';

import { ErrorMessage } from '../ErrorMessage/ErrorMessage';

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
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className={labelSize ? `govuk-label govuk-label--${labelSize}` : 'govuk-label'} htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <textarea
        className={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
        id={name}
        name={name}
        rows={rows}
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
