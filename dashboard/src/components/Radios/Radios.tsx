import { classNames } from '../class-names';
import { FieldsetField, RadioItems, type RadioItemOption } from '../FormGroup/FormGroup';

/** One radio of Radios. */
export type RadioOption<TValue extends string = string> = RadioItemOption<TValue>;

/** Props of Radios. */
export type RadiosProps<TValue extends string = string> = {
  /** Also the first radio's id, so an error summary can link to the group. */
  name: string;
  legend: string;
  options: readonly RadioOption<TValue>[];
  /** Null where none is chosen yet. */
  value: TValue | null;
  onChange: (value: TValue) => void;
  hint?: string;
  error?: string;
  inline?: boolean;
  small?: boolean;
};

/** GOV.UK radios in a fieldset, with a legend, an optional hint and error; the first radio carries the name as its id. */
export function Radios<TValue extends string = string>({
  name,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  inline = false,
  small = false,
}: RadiosProps<TValue>) {
  return (
    <FieldsetField idPrefix={name} legend={legend} legendSize="s" hint={hint} error={error}>
      <RadioItems
        name={name}
        options={options}
        value={value}
        onChange={onChange}
        idOf={(_option, index) => (index === 0 ? name : `${name}-${index + 1}`)}
        className={classNames(inline && 'govuk-radios--inline', small && 'govuk-radios--small')}
      />
    </FieldsetField>
  );
}
