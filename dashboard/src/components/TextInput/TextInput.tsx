import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute } from 'react';

import { classNames } from '../class-names';
import { type FieldProps, LabelledField } from '../FormGroup/FormGroup';

/** Props of TextInput. */
export type TextInputProps = FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: HTMLInputTypeAttribute;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  spellCheck?: boolean;
  /** Extra classes for the input, e.g. a width. */
  inputClassName?: string;
};

/** GOV.UK text input with its label, optional hint and error message in a form group. */
export function TextInput({ value, onChange, type = 'text', autoComplete, spellCheck, inputClassName, ...field }: TextInputProps) {
  return (
    <LabelledField {...field}>
      {(control) => (
        <input
          className={classNames('govuk-input', field.error && 'govuk-input--error', inputClassName)}
          {...control}
          type={type}
          value={value}
          autoComplete={autoComplete}
          spellCheck={spellCheck}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </LabelledField>
  );
}
