import { useId } from 'react';

import { classNames } from '../class-names';
import { LabelledField } from '../FormGroup/FormGroup';

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
  return (
    <LabelledField
      id={name}
      label={label}
      labelClassName="govuk-label--s"
      hint={hint}
      hintId={hintId}
      error={error}
      errorId={`${name}-error`}
    >
      {(describedBy) => (
        <input
          className={classNames('govuk-file-upload', error && 'govuk-file-upload--error')}
          id={name}
          name={name}
          type="file"
          accept={accept}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      )}
    </LabelledField>
  );
}
