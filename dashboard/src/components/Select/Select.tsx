import { classNames } from '../class-names';
import { type FieldProps, LabelledField } from '../FormGroup/FormGroup';

/** One option in a Select. */
export type SelectOption = { value: string; text: string };

/** Props of Select; its error message matches an item in the page's error summary. */
export type SelectProps = FieldProps & {
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
  /** Extra classes for the form group, e.g. a width. */
  className?: string;
  disabled?: boolean;
};

/** GOV.UK select with its label (and optional hint and error message) in a form group. */
export function Select({ options, value, onChange, disabled, ...field }: SelectProps) {
  return (
    <LabelledField {...field}>
      {(control) => (
        <select
          className={classNames('govuk-select', field.error && 'govuk-select--error', 'govuk-!-width-full')}
          {...control}
          value={value}
          disabled={disabled}
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
