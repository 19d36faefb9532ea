import type { ReactNode } from 'react';

import { classNames } from '../class-names';
import { ErrorMessage } from '../ErrorMessage/ErrorMessage';

/**
 * What every GOV.UK form group may say under its label or legend. The hint and the error message
 * take their ids from the field's id, as GOV.UK Frontend's macros do (`<id>-hint`, `<id>-error`).
 */
type Guidance = { hint?: string; error?: string };

/** What every single-control field takes. */
export type FieldProps = Guidance & {
  /** Also the id, so an error summary can link to the field. */
  name: string;
  label: string;
};

/** The control's aria-describedby: the hint and the error, where there are any. */
const describedByOf = (id: string, { hint, error }: Guidance): string | undefined =>
  classNames(hint && `${id}-hint`, error && `${id}-error`) || undefined;

function HintAndError({ id, hint, error }: Guidance & { id: string }) {
  return (
    <>
      {hint ? (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
    </>
  );
}

/** What the control of a labelled field must carry: the id its label points at, its name, and its hint and error as its description. */
export type ControlProps = { id: string; name: string; 'aria-describedby': string | undefined };

/** Props of LabelledField. */
export type LabelledFieldProps = FieldProps & {
  labelClassName?: string;
  className?: string;
  /** Renders the control, given the attributes it must carry (spread them on it). */
  children: (control: ControlProps) => ReactNode;
};

/** GOV.UK form group for one control: its label, optional hint and error message, then the control. */
export function LabelledField({ name, label, labelClassName, className, children, ...guidance }: LabelledFieldProps) {
  return (
    <div className={classNames('govuk-form-group', guidance.error && 'govuk-form-group--error', className)}>
      <label className={classNames('govuk-label', labelClassName)} htmlFor={name}>
        {label}
      </label>
      <HintAndError id={name} {...guidance} />
      {children({ id: name, name, 'aria-describedby': describedByOf(name, guidance) })}
    </div>
  );
}

/** Props of FieldsetField. */
export type FieldsetFieldProps = Guidance & {
  /** Gives the hint's and error message's ids (`<idPrefix>-hint`, `<idPrefix>-error`). */
  idPrefix: string;
  legend: string;
  legendSize: 's' | 'm';
  className?: string;
  children: ReactNode;
};

/** GOV.UK form group with a fieldset, for a group of radios or checkboxes. */
export function FieldsetField({ idPrefix, legend, legendSize, className, children, ...guidance }: FieldsetFieldProps) {
  return (
    <div className={classNames('govuk-form-group', guidance.error && 'govuk-form-group--error', className)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedByOf(idPrefix, guidance)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <HintAndError id={idPrefix} {...guidance} />
        {children}
      </fieldset>
    </div>
  );
}

/** One radio of a group: its value, its label and an optional hint. */
export type RadioItemOption<TValue extends string = string> = { value: TValue; text: string; hint?: string };

/** Props of RadioItems; TValue narrows the values, so a page's own union needs no cast. */
export type RadioItemsProps<TValue extends string = string> = {
  /** The group's name, shared by its radios. */
  name: string;
  options: readonly RadioItemOption<TValue>[];
  value: TValue | null;
  onChange: (value: TValue) => void;
  /** Each radio's id, given its option and place. */
  idOf: (option: RadioItemOption<TValue>, index: number) => string;
  /** The govuk-radios modifiers, e.g. "govuk-radios--small". */
  className?: string;
  disabled?: boolean;
};

/** The radios of a GOV.UK radio group, one checked at most. */
export function RadioItems<TValue extends string = string>({
  name,
  options,
  value,
  onChange,
  idOf,
  className,
  disabled,
}: RadioItemsProps<TValue>) {
  return (
    <div className={classNames('govuk-radios', className)} data-module="govuk-radios">
      {options.map((option, index) => (
        <ChoiceItem
          key={option.value}
          type="radio"
          id={idOf(option, index)}
          name={name}
          value={option.value}
          checked={option.value === value}
          text={option.text}
          hint={option.hint}
          disabled={disabled}
          onChange={() => onChange(option.value)}
        />
      ))}
    </div>
  );
}

/** Props of ChoiceItem. */
export type ChoiceItemProps = {
  type: 'radio' | 'checkbox';
  id: string;
  name?: string;
  value: string;
  checked: boolean;
  text: string;
  hint?: string;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
};

/** One GOV.UK radio or checkbox with its label and optional hint. */
export function ChoiceItem({ type, id, name, value, checked, text, hint, disabled, onChange }: ChoiceItemProps) {
  const kind = type === 'radio' ? 'radios' : 'checkboxes';
  // "-item-hint", as GOV.UK Frontend's macros name it: the first item's id may be the group's, whose hint is "<id>-hint".
  const hintId = `${id}-item-hint`;
  return (
    <div className={`govuk-${kind}__item`}>
      <input
        className={`govuk-${kind}__input`}
        id={id}
        name={name}
        type={type}
        value={value}
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
        {text}
      </label>
      {hint ? (
        <div id={hintId} className={`govuk-hint govuk-${kind}__hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
