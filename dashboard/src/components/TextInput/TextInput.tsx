import { type HTMLInputAutoCompleteAttribute, type HTMLInputTypeAttribute, useId } from 'react';

import { classNames } from '../class-names';
import { LabelledField } from '../FormGroup/FormGroup';

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
  return (
    <LabelledField id={name} label={label} hint={hint} hintId={hintId} error={error} errorId={`${name}-error`}>
      {(describedBy) => (
        <input
          className={classNames('govuk-input', error && 'govuk-input--error', inputClassName)}
          id={name}
          name={name}
          type={type}
          value={value}
          autoComplete={autoComplete}
          spellCheck={spellCheck}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </LabelledField>
  );
}
