import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { ConfirmAction } from '../../components/ConfirmAction/ConfirmAction';
import { Details } from '../../components/Details/Details';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { FileUpload } from '../../components/FileUpload/FileUpload';
import { Loading } from '../../components/Loading/Loading';
import { TableHead } from '../../components/TableHead/TableHead';
import { formatDateTime } from '../../format/format-date-time';
import { PUBLISH_FRAMEWORK_VERSION } from '../../graphql/mutations/publishFrameworkVersion';
import { UPLOAD_FRAMEWORK_VERSION } from '../../graphql/mutations/uploadFrameworkVersion';
import { GET_FRAMEWORK_UPLOAD_PREVIEW } from '../../graphql/queries/getFrameworkUploadPreview';
import { GET_FRAMEWORK_VERSIONS } from '../../graphql/queries/getFrameworkVersions';
import { SuccessBanner } from '../../components/SuccessBanner/SuccessBanner';

import { SummaryRow } from './SummaryRow';
import { useAdminAction } from './useAdminAction';

import './administration.css';

const FILE_FIELD = 'framework-file';
// The API's limit on a file's text (UploadFrameworkVersionInput).
const MAX_FILE_CHARACTERS = 500_000;

type View = { kind: 'list' } | { kind: 'preview'; uploadId: string; confirming: boolean };

/** A refused file: its name and each problem, "path: what is wrong". */
type Refusal = { fileName: string; problems: { path: string; message: string }[] };

/**
 * Framework versions for administrators: the published versions, uploading a new version file
 * (checked by the same schema as start-up; a broken file is refused with its name, the path inside
 * it and the problem), a preview of what publishing would create, and publishing behind a
 * confirmation. A published version never changes, so publishing says so before it happens.
 */
export function FrameworksAdminPage() {
  const versionsQuery = useQuery(GET_FRAMEWORK_VERSIONS);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const action = useAdminAction();
  const [upload] = useMutation(UPLOAD_FRAMEWORK_VERSION);
  const [publish] = useMutation(PUBLISH_FRAMEWORK_VERSION);

  const submit = async () => {
    setRefusal(null);
    const error = !file ? 'Choose a framework file' : file.size > MAX_FILE_CHARACTERS ? `${file.name} is larger than 500 KB` : undefined;
    setFileError(error);
    if (error || !file) return action.fail([{ text: error!, href: `#${FILE_FIELD}` }]);
    const source = await file.text();
    await action.run(async () => {
      const { data } = await upload({ variables: { input: { fileName: file.name, source } } });
      const result = data?.uploadFrameworkVersion;
      if (!result) throw new Error('The API did not answer the upload.');
      if ('problems' in result) {
        setRefusal(result);
        setFileError(
          `${result.fileName} was refused: ${result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`}`,
        );
        throw new Error(`${result.fileName} was refused. Nothing was kept: correct the file and upload it again.`);
      }
      setView({ kind: 'preview', uploadId: result.id, confirming: false });
      void versionsQuery.refetch();
      return `${file.name} passed the checks. Preview it before you publish.`;
    });
  };

  if (view.kind === 'preview')
    return (
      <Preview
        uploadId={view.uploadId}
        confirming={view.confirming}
        busy={action.busy}
        problem={action.problem}
        onConfirm={async (label) => {
          const done = await action.run(async () => {
            await publish({ variables: { uploadId: view.uploadId } });
            return `${label} is published.`;
          });
          await versionsQuery.refetch();
          setView(done ? { kind: 'list' } : { kind: 'preview', uploadId: view.uploadId, confirming: false });
        }}
        onPublish={() => setView({ kind: 'preview', uploadId: view.uploadId, confirming: true })}
        onCancel={() => setView(view.confirming ? { kind: 'preview', uploadId: view.uploadId, confirming: false } : { kind: 'list' })}
      />
    );

  const frameworks = versionsQuery.data?.frameworks;
  const uploads = versionsQuery.data?.frameworkUploads;
  return (
    <>
      {action.problem ? (
        <ErrorSummary
          key={action.problem.key}
          title={refusal ? `There is a problem with ${refusal.fileName}` : undefined}
          items={
            refusal ? refusal.problems.map((p) => ({ text: `${p.path}: ${p.message}`, href: `#${FILE_FIELD}` })) : action.problem.items
          }
        />
      ) : null}
      {action.status ? <SuccessBanner headingClassName="app-admin-wrap">{action.status}</SuccessBanner> : null}
      <h1 className="govuk-heading-l">Framework versions</h1>
      {versionsQuery.loading ? <Loading text="Loading framework versions…" /> : null}
      {frameworks ? (
        <table className="govuk-table app-admin-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Published versions</caption>
          <TableHead columns={['Framework', 'Version', { text: 'Items', numeric: true }]} />
          <tbody className="govuk-table__body">
            {frameworks.map((f) => (
              <tr key={f.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                  {f.title}
                  <span className="govuk-body-s govuk-!-display-block app-admin-wrap">{f.key}</span>
                </th>
                <td className="govuk-table__cell">{f.version}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{f.itemCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <section aria-labelledby="upload-heading" className="app-admin-actions">
        <h2 className="govuk-heading-m" id="upload-heading">
          Upload a new version
        </h2>
        <p className="govuk-body">
          A YAML file in the same format as the files in <code>content/frameworks/</code>, with a new version number. It is checked as
          start-up checks those files; you can preview it before you publish it.
        </p>
        {refusal ? (
          <div className="govuk-inset-text">
            <p className="govuk-body govuk-!-font-weight-bold app-admin-wrap">{refusal.fileName} was refused. Nothing was kept.</p>
            <ul className="govuk-list govuk-list--bullet" aria-label={`Problems in ${refusal.fileName}`}>
              {refusal.problems.map((p) => (
                <li key={`${p.path}|${p.message}`} className="app-admin-wrap">
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <FileUpload
          name={FILE_FIELD}
          label="Framework file"
          hint="A .yaml file, at most 500 KB"
          accept=".yaml,.yml"
          error={fileError}
          onChange={setFile}
        />
        <button type="button" className="govuk-button" disabled={action.busy} onClick={() => void submit()}>
          Upload and check
        </button>
      </section>

      {uploads && uploads.length > 0 ? (
        <table className="govuk-table app-admin-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Uploaded files</caption>
          <TableHead columns={['File', 'Status']} />
          <tbody className="govuk-table__body">
            {uploads.map((u) => (
              <tr key={u.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header govuk-!-font-weight-regular app-admin-wrap">
                  {u.fileName}
                  <span className="govuk-body-s govuk-!-display-block">
                    {u.key} version {u.version}, uploaded {formatDateTime(u.createdAt)}
                  </span>
                </th>
                <td className="govuk-table__cell">
                  {u.published ? (
                    <strong className="govuk-tag govuk-tag--green">Published</strong>
                  ) : (
                    <button
                      type="button"
                      className="govuk-link app-link-button"
                      onClick={() => setView({ kind: 'preview', uploadId: u.id, confirming: false })}
                    >
                      Preview<span className="govuk-visually-hidden"> {u.fileName}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

type PreviewProps = {
  uploadId: string;
  confirming: boolean;
  busy: boolean;
  problem: ReturnType<typeof useAdminAction>['problem'];
  onPublish: () => void;
  onConfirm: (label: string) => Promise<void>;
  onCancel: () => void;
};

/** What publishing an upload would create: the version, its sections and items, its scales; then publish behind a confirmation. */
function Preview({ uploadId, confirming, busy, problem, onPublish, onConfirm, onCancel }: PreviewProps) {
  const { data, loading } = useQuery(GET_FRAMEWORK_UPLOAD_PREVIEW, uploadId ? { variables: { uploadId } } : skipToken);
  const preview = data?.frameworkUploadPreview;
  if (loading || !preview) return <Loading text="Loading the preview…" />;
  const label = `${preview.upload.title} version ${preview.upload.version}`;
  if (confirming)
    return (
      <ConfirmAction
        title={`Publish ${label}?`}
        confirmText="Yes, publish this version"
        busy={busy}
        warning="A published version never changes. New wording needs a new version."
        onConfirm={() => void onConfirm(label)}
        onCancel={onCancel}
      >
        <p className="govuk-body">
          Councils will be able to assess against it straight away
          {preview.latestPublishedVersion ? `; it becomes the newest version after ${preview.latestPublishedVersion}` : ''}.
        </p>
      </ConfirmAction>
    );
  return (
    <>
      {problem ? <ErrorSummary key={problem.key} items={problem.items} /> : null}
      <span className="govuk-caption-l app-admin-wrap">Preview of {preview.upload.fileName}</span>
      <h1 className="govuk-heading-l">{label}</h1>
      <dl className="govuk-summary-list">
        <SummaryRow label="Key">{preview.upload.key}</SummaryRow>
        <SummaryRow label="Kind">{preview.kind === 'RATING' ? 'Rated self-assessment' : 'Improvement plan template'}</SummaryRow>
        <SummaryRow label="Source">{preview.provenance}</SummaryRow>
        <SummaryRow label="Items">{preview.itemCount}</SummaryRow>
        <SummaryRow label="Newest published version">{preview.latestPublishedVersion ?? 'None: this is a new framework'}</SummaryRow>
      </dl>
      <p className="govuk-body">{preview.summary}</p>
      <h2 className="govuk-heading-m">Rating scales</h2>
      <ul className="govuk-list govuk-list--bullet">
        {preview.dimensions.map((d) => (
          <li key={d.title}>
            {d.title}: {d.levels.join(', ')}
          </li>
        ))}
      </ul>
      <h2 className="govuk-heading-m">Sections ({preview.sections.length})</h2>
      {preview.sections.map((s) => (
        <Details key={s.key} summary={`${s.title} (${s.items.length} items)`}>
          <ul className="govuk-list govuk-list--bullet app-admin-wrap">
            {s.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </Details>
      ))}
      {preview.published ? (
        <p className="govuk-body">This version is already published.</p>
      ) : (
        <div className="govuk-button-group app-admin-actions">
          <button type="button" className="govuk-button" onClick={onPublish}>
            Publish this version
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Back to framework versions
          </button>
        </div>
      )}
    </>
  );
}
