import { classNames } from '../class-names';
import { type FieldProps, LabelledField } from '../FormGroup/FormGroup';

/** Props of FileUpload. */
export type FileUploadProps = FieldProps & {
  /** File types offered, e.g. ".xlsx,.csv". */
  accept?: string;
  onChange: (file: File | null) => void;
};

/** GOV.UK file upload with its label, optional hint and error message in a form group. */
export function FileUpload({ accept, onChange, ...field }: FileUploadProps) {
  return (
    <LabelledField {...field} labelClassName="govuk-label--s">
      {(control) => (
        <input
          className={classNames('govuk-file-upload', field.error && 'govuk-file-upload--error')}
          {...control}
          type="file"
          accept={accept}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      )}
    </LabelledField>
  );
}
