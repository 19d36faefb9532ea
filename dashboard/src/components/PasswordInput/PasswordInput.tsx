import { useState } from 'react';

import { ErrorMessage } from '../ErrorMessage/ErrorMessage';

/** Props of PasswordInput. */
export type PasswordInputProps = {
  /** Also the id, so an error summary can link to the field. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Says what makes a good password, under the label; linked to the field so screen readers read it too. */
  hint?: string;
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
export function PasswordInput({ name, label, value, onChange, error, hint, autoComplete, reveal }: PasswordInputProps) {
  const [ownShown, setOwnShown] = useState(false);
  const shown = reveal?.shown ?? ownShown;
  const setShown = reveal?.onToggle ?? setOwnShown;
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error govuk-password-input' : 'govuk-form-group govuk-password-input'}>
      <label className="govuk-label" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <div className="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          className={error ? 'govuk-input govuk-input--error govuk-password-input__input' : 'govuk-input govuk-password-input__input'}
          id={name}
          name={name}
          type={shown ? 'text' : 'password'}
          value={value}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete={autoComplete}
          aria-describedby={describedBy}
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
    </div>
  );
}
