import { useId } from 'react';

import { classNames } from '../class-names';
import { ChoiceItem, FieldsetField } from '../FormGroup/FormGroup';

/** One radio of Radios. */
export type RadioOption = { value: string; text: string; hint?: string };

/** Props of Radios. */
export type RadiosProps = {
  /** Also the first radio's id, so an error summary can link to the group. */
  name: string;
  legend: string;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  inline?: boolean;
  small?: boolean;
};

/** GOV.UK radios in a fieldset, with a legend, an optional hint and error; the first radio carries the name as its id. */
export function Radios({ name, legend, options, value, onChange, hint, error, inline = false, small = false }: RadiosProps) {
  const hintId = useId();
  return (
    <FieldsetField legend={legend} legendSize="s" hint={hint} hintId={hintId} error={error} errorId={`${name}-error`}>
      <div
        className={classNames('govuk-radios', inline && 'govuk-radios--inline', small && 'govuk-radios--small')}
        data-module="govuk-radios"
      >
        {options.map((option, index) => (
          <ChoiceItem
            key={option.value}
            type="radio"
            id={index === 0 ? name : `${name}-${index + 1}`}
            name={name}
            value={option.value}
            checked={option.value === value}
            text={option.text}
            hint={option.hint}
            onChange={() => onChange(option.value)}
          />
        ))}
      </div>
    </FieldsetField>
  );
}
