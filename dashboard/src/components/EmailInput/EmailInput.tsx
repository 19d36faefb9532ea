import { TextInput } from '../TextInput/TextInput';

/** Props of EmailInput. */
export type EmailInputProps = {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** "email" unless the page has another email field. */
  name?: string;
  /** "off" for someone else's address, which the browser must not fill with the user's own. */
  autoComplete?: 'email' | 'off';
};

/**
 * GOV.UK's email address pattern: the field named "email" by default (so an error summary links to #email),
 * labelled "Email address", typed as email so phones offer the @ keyboard, autocompleted from the
 * browser, and not spell-checked.
 */
export function EmailInput({ value, onChange, error, name = 'email', autoComplete = 'email' }: EmailInputProps) {
  return (
    <TextInput
      name={name}
      label="Email address"
      type="email"
      autoComplete={autoComplete}
      spellCheck={false}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
