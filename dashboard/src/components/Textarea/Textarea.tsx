import { classNames } from '../class-names';
import { type FieldProps, LabelledField } from '../FormGroup/FormGroup';

/** Props of Textarea. */
export type TextareaProps = FieldProps & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  /** A bolder label, for a field inside a larger form. */
  labelSize?: 's';
};

/** GOV.UK textarea with its label, optional hint and error message in a form group. */
export function Textarea({ value, onChange, rows = 4, labelSize, ...field }: TextareaProps) {
  return (
    <LabelledField {...field} labelClassName={labelSize && `govuk-label--${labelSize}`}>
      {(control) => (
        <textarea
          className={classNames('govuk-textarea', field.error && 'govuk-textarea--error')}
          {...control}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </LabelledField>
  );
}
