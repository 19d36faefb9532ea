import { classNames } from '../class-names';
import { ChoiceItem, FieldsetField } from '../FormGroup/FormGroup';

/** One checkbox of Checkboxes. */
export type CheckboxOption = { value: string; text: string; hint?: string };

/** Props of Checkboxes. */
export type CheckboxesProps = {
  legend: string;
  hint?: string;
  options: CheckboxOption[];
  values: string[];
  onChange: (values: string[]) => void;
  /** Prefix of each checkbox's id; the first one's id is what an error summary links to. */
  idPrefix: string;
  error?: string;
  small?: boolean;
  legendSize?: 's' | 'm';
};

/** GOV.UK checkboxes in a fieldset, keeping the chosen values in the options' order. */
export function Checkboxes({ legend, hint, options, values, onChange, idPrefix, error, small = false, legendSize = 'm' }: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? checked : values.includes(v))));
  return (
    <FieldsetField idPrefix={idPrefix} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <div className={classNames('govuk-checkboxes', small && 'govuk-checkboxes--small')} data-module="govuk-checkboxes">
        {options.map((option, index) => (
          <ChoiceItem
            key={option.value}
            type="checkbox"
            id={index === 0 ? idPrefix : `${idPrefix}-${index + 1}`}
            value={option.value}
            checked={values.includes(option.value)}
            text={option.text}
            hint={option.hint}
            onChange={(checked) => toggle(option.value, checked)}
          />
        ))}
      </div>
    </FieldsetField>
  );
}
