import { TextInput } from '../TextInput/TextInput';

/** Props of EmailInput. */
export type EmailInputProps = { value: string; onChange: (value: string) => void; error?: string };

/**
 * GOV.UK's email address pattern: the field named "email" (so an error summary links to #email),
 * labelled "Email address", typed as email so phones offer the @ keyboard, autocompleted from the
 * browser, and not spell-checked.
 */
export function EmailInput({ value, onChange, error }: EmailInputProps) {
  return (
    <TextInput
      name="email"
      label="Email address"
      type="email"
      autoComplete="email"
      spellCheck={false}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
