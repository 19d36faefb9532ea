import { useId } from 'react';

import { ErrorMessage } from '../ErrorMessage/ErrorMessage';

/** Props of FileUpload. */
export type FileUploadProps = {
  /** Also the id, so an error summary can link to the field. */
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** File types offered, e.g. ".xlsx,.csv". */
  accept?: string;
  onChange: (file: File | null) => void;
};

/** GOV.UK file upload with its label, optional hint and error message in a form group. */
export function FileUpload({ name, label, hint, error, accept, onChange }: FileUploadProps) {
  const hintId = useId();
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <input
        className={error ? 'govuk-file-upload govuk-file-upload--error' : 'govuk-file-upload'}
        id={name}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
    </div>
  );
}
