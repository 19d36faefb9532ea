import { useState } from 'react';

import { classNames } from '../class-names';
import { type FieldProps, LabelledField } from '../FormGroup/FormGroup';

/** Props of PasswordInput. */
export type PasswordInputProps = FieldProps & {
  value: string;
  onChange: (value: string) => void;
  /** "current-password" to sign in, "new-password" to set one, so password managers fill the right thing. */
  autoComplete: 'current-password' | 'new-password';
  /** Hides the password again, e.g. when the form is submitted, as GOV.UK Frontend's script does. */
  reveal?: { shown: boolean; onToggle: (shown: boolean) => void };
};

/**
 * GOV.UK password input with a "Show"/"Hide" button, so people can check what they typed. As in GOV.UK
 * Frontend's own script, the button's accessible name says what it does ("Show password") and a
 * hidden status message tells screen reader users whether the password is now visible.
 */
export function PasswordInput({ value, onChange, autoComplete, reveal, ...field }: PasswordInputProps) {
  const [ownShown, setOwnShown] = useState(false);
  const shown = reveal?.shown ?? ownShown;
  const setShown = reveal?.onToggle ?? setOwnShown;
  const { name, error } = field;
  return (
    <LabelledField {...field} className="govuk-password-input">
      {(control) => (
        <>
          <div className="govuk-input__wrapper govuk-password-input__wrapper">
            <input
              className={classNames('govuk-input', error && 'govuk-input--error', 'govuk-password-input__input')}
              {...control}
              type={shown ? 'text' : 'password'}
              value={value}
              spellCheck={false}
              autoCapitalize="none"
              autoComplete={autoComplete}
              onChange={(event) => onChange(event.target.value)}
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-password-input__toggle"
              aria-controls={name}
              aria-label={shown ? 'Hide password' : 'Show password'}
              onClick={() => setShown(!shown)}
            >
              {shown ? 'Hide' : 'Show'}
            </button>
          </div>
          <div className="govuk-visually-hidden" aria-live="polite">
            {shown ? 'Your password is visible' : 'Your password is hidden'}
          </div>
        </>
      )}
    </LabelledField>
  );
}
