import type { ReactNode } from 'react';

import { classNames } from '../class-names';
import { ErrorMessage } from '../ErrorMessage/ErrorMessage';

/** What every GOV.UK form group may say under its label or legend, and the ids that tie it to the control. */
type Guidance = { hint?: string; hintId: string; error?: string; errorId: string };

/** The control's aria-describedby: the hint and the error, where there are any. */
const describedByOf = ({ hint, hintId, error, errorId }: Guidance): string | undefined =>
  classNames(hint && hintId, error && errorId) || undefined;

function HintAndError({ hint, hintId, error, errorId }: Guidance) {
  return (
    <>
      {hint ? (
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
    </>
  );
}

/** Props of LabelledField. */
export type LabelledFieldProps = Guidance & {
  /** The control's id. */
  id: string;
  label: string;
  labelClassName?: string;
  className?: string;
  /** Renders the control, given the aria-describedby it must carry. */
  children: (describedBy: string | undefined) => ReactNode;
};

/** GOV.UK form group for one control: its label, optional hint and error message, then the control. */
export function LabelledField({ id, label, labelClassName, className, children, ...guidance }: LabelledFieldProps) {
  return (
    <div className={classNames('govuk-form-group', guidance.error && 'govuk-form-group--error', className)}>
      <label className={classNames('govuk-label', labelClassName)} htmlFor={id}>
        {label}
      </label>
      <HintAndError {...guidance} />
      {children(describedByOf(guidance))}
    </div>
  );
}

/** Props of FieldsetField. */
export type FieldsetFieldProps = Guidance & {
  legend: string;
  legendSize: 's' | 'm';
  className?: string;
  children: ReactNode;
};

/** GOV.UK form group with a fieldset, for a group of radios or checkboxes. */
export function FieldsetField({ legend, legendSize, className, children, ...guidance }: FieldsetFieldProps) {
  return (
    <div className={classNames('govuk-form-group', guidance.error && 'govuk-form-group--error', className)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedByOf(guidance)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <HintAndError {...guidance} />
        {children}
      </fieldset>
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
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
        {text}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className={`govuk-hint govuk-${kind}__hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
