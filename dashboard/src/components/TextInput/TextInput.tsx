import { type HTMLInputAutoCompleteAttribute, type HTMLInputTypeAttribute, useId } from 'react';

import { ErrorMessage } from '../ErrorMessage/ErrorMessage';

/** Props of TextInput. */
export type TextInputProps = {
  /** Also the id, so an error summary can link to the field. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  spellCheck?: boolean;
  /** Extra classes for the input, e.g. a width. */
  inputClassName?: string;
};

/** GOV.UK text input with its label, optional hint and error message in a form group. */
export function TextInput({
  name,
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  autoComplete,
  spellCheck,
  inputClassName,
}: TextInputProps) {
  const hintId = useId();
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className="govuk-label" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <input
        className={['govuk-input', error ? 'govuk-input--error' : null, inputClassName].filter(Boolean).join(' ')}
        id={name}
        name={name}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
