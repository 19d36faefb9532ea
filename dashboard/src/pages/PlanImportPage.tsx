import { type FormEvent, useState } from 'react';

import { BackLink } from '../components/BackLink/BackLink';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary';
import { FileUpload } from '../components/FileUpload/FileUpload';
import { Loading } from '../components/Loading/Loading';
import { pageErrorMessages } from '../graphql/errors';
import { useImprovementPlan } from '../hooks/useImprovementPlan';
import { usePlanImport } from '../hooks/usePlanImport';
import type { Viewer } from '../hooks/useViewer';
import { Link } from '../router/Link';
import { useQueryParam } from '../router/useLocation';
import {
  fileProblem,
  type ImportPreview,
  PLAN_TEMPLATE_PATH,
  problemPlace,
  rowKindWords,
  sortedProblems,
  understoodLines,
} from '../view-models/plan-files';
import { planPath, planPermissions } from '../view-models/plan-words';
import '../components/DataTable/data-table.css';
import './improvement-plan.css';
import { TableHead } from '../components/TableHead/TableHead';
import { usePageTitle } from '../hooks/usePageTitle';

const SERVICE_TITLE = 'Import from a spreadsheet – Improvement plan – Touchstone';

/** Props of PlanImportPage. */
export type PlanImportPageProps = { viewer: Viewer };

/**
 * Spreadsheet import: upload an .xlsx or .csv, see a preview of every row with what was understood
 * and each problem by row and column, then import it, all or nothing. Nothing is stored by the
 * preview, and an import with any problem stores nothing either.
 */
export function PlanImportPage(_props: PlanImportPageProps) {
  const planId = useQueryParam('plan');
  const { plan, loading, error } = useImprovementPlan(planId);
  const { upload, preview, importFile, reset } = usePlanImport(planId);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const apiErrors = pageErrorMessages([error]).map((m) => ({ text: m.message }));
  const canEdit = plan ? planPermissions(plan).canEdit : false;

  const problems =
    upload.state === 'previewed' || upload.state === 'failed'
      ? sortedProblems(upload.state === 'failed' ? upload.problems : upload.preview.problems)
      : [];
  const shown: ImportPreview | null =
    upload.state === 'previewed' || upload.state === 'imported' ? upload.preview : upload.state === 'failed' ? upload.preview : null;

  usePageTitle(SERVICE_TITLE, apiErrors.length > 0 || Boolean(fileError) || problems.length > 0);

  const handlePreview = (event: FormEvent) => {
    event.preventDefault();
    const problem = fileProblem(file);
    setFileError(problem);
    if (problem || !file) return;
    void preview(file);
  };

  const summaryItems = [
    ...apiErrors,
    ...(fileError ? [{ text: fileError, href: '#plan-file' }] : []),
    ...problems.map((p) => ({ text: `${problemPlace(p)}: ${p.message}`, href: p.row !== null ? `#row-${p.row}` : undefined })),
  ];

  return (
    <>
      {plan ? <BackLink to={planPath(plan.council.gssCode, plan.id)}>Back to {plan.title}</BackLink> : null}
      {summaryItems.length > 0 ? (
        <ErrorSummary
          key={summaryItems.map((i) => i.text).join('|')}
          title={problems.length > 0 ? 'Nothing has been imported: the spreadsheet has problems' : 'There is a problem'}
          items={summaryItems}
        />
      ) : null}
      <span className="govuk-caption-l">{plan ? plan.title : 'Improvement plan'}</span>
      <h1 className="govuk-heading-l">Import from a spreadsheet</h1>
      {loading ? <Loading text="Loading the plan…" /> : null}
      {plan && !canEdit ? <p className="govuk-body">Only {plan.council.name}&apos;s council lead can import into its plan.</p> : null}
      {plan && canEdit ? (
        <>
          <p className="govuk-body">
            Upload the plan as councils keep it: a row of column headings (Challenge, Outcomes / measures of success, Actions, Lead, Target
            date, Progress, Status), headings on rows of their own, and a challenge&apos;s actions and progress on its rows. You will see
            what was understood from every row before anything is stored.
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={PLAN_TEMPLATE_PATH} download>
              Download the template (.xlsx)
            </a>
          </p>

          {upload.state === 'imported' ? (
            <div className="govuk-panel govuk-panel--confirmation">
              <h2 className="govuk-panel__title">Imported</h2>
              <div className="govuk-panel__body">
                {upload.preview.summary.challenges} challenges, {upload.preview.summary.actions} actions and{' '}
                {upload.preview.summary.updates} progress updates were added to the plan.
              </div>
            </div>
          ) : (
            <form noValidate onSubmit={handlePreview} className="app-no-print">
              <FileUpload
                name="plan-file"
                label="Spreadsheet"
                hint="An .xlsx or .csv file, smaller than 5 MB."
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                error={fileError ?? undefined}
                onChange={(chosen) => {
                  setFile(chosen);
                  setFileError(null);
                  reset();
                }}
              />
              <button type="submit" className="govuk-button govuk-button--secondary" disabled={upload.state === 'sending'}>
                Preview the import
              </button>
            </form>
          )}

          <div role="status" className="govuk-visually-hidden">
            {upload.state === 'sending'
              ? upload.mode === 'preview'
                ? 'Reading the spreadsheet.'
                : 'Importing.'
              : upload.state === 'previewed'
                ? 'The preview is ready.'
                : upload.state === 'imported'
                  ? 'Imported.'
                  : ''}
          </div>
          {upload.state === 'sending' ? <Loading text={upload.mode === 'preview' ? 'Reading the spreadsheet…' : 'Importing…'} /> : null}

          {shown ? <ImportPreviewView preview={shown} /> : null}

          {upload.state === 'previewed' && upload.preview.ok ? (
            <div className="app-no-print">
              <p className="govuk-body">
                Nothing has been stored yet. Importing adds all of this to the plan, or nothing if anything fails.
              </p>
              <button type="button" className="govuk-button" onClick={() => void importFile(upload.file)}>
                Import {upload.preview.summary.actions} actions
              </button>
            </div>
          ) : null}
          {upload.state === 'imported' ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={planPath(plan.council.gssCode, plan.id)}>
                See the plan
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** Every row of the upload with what was understood from it and its problems, by row and column. */
function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { summary } = preview;
  return (
    <section aria-labelledby="preview-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="preview-heading">
        Preview of {preview.fileName}
      </h2>
      <p className="govuk-body">
        {preview.sheetName ? `Sheet “${preview.sheetName}”, ` : ''}
        {preview.headerRow ? `column headings on row ${preview.headerRow}. ` : ''}
        Understood: {summary.headings} {summary.headings === 1 ? 'heading' : 'headings'}
        {summary.newHeadings.length > 0 ? ` (new local themes: ${summary.newHeadings.join(', ')})` : ''}, {summary.challenges} challenges,{' '}
        {summary.actions} actions and {summary.updates} progress updates.
      </p>
      {preview.columns.length > 0 ? (
        <p className="govuk-body">Columns read: {preview.columns.map((c) => `${c.column} ${c.title}`).join('; ')}.</p>
      ) : null}
      {preview.rows.length > 0 ? (
        <div className="app-table-container" role="region" aria-label="Every row of the spreadsheet" tabIndex={0}>
          <table className="govuk-table app-import-preview">
            <caption className="govuk-table__caption govuk-table__caption--s">Every row of the spreadsheet</caption>
            <TableHead columns={['Row', 'What it is', 'What was understood', 'Problems']} />
            <tbody className="govuk-table__body">
              {preview.rows.map((row) => (
                <tr
                  key={row.row}
                  id={`row-${row.row}`}
                  className={row.problems.length > 0 ? 'govuk-table__row app-import-preview__problem' : 'govuk-table__row'}
                >
                  <th scope="row" className="govuk-table__header">
                    {row.row}
                  </th>
                  <td className="govuk-table__cell" data-label="What it is">
                    {rowKindWords(row)}
                  </td>
                  <td className="govuk-table__cell" data-label="What was understood">
                    {understoodLines(row).length > 0 ? (
                      <ul className="govuk-list govuk-!-margin-bottom-0">
                        {understoodLines(row).map((line, i) => (
                          <li key={i}>{line}</li>
                        ))}
                      </ul>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td className="govuk-table__cell" data-label="Problems">
                    {row.problems.length > 0 ? (
                      <ul className="govuk-list govuk-!-margin-bottom-0">
                        {row.problems.map((p, i) => (
                          <li key={i} className="govuk-error-message govuk-!-margin-bottom-1">
                            {problemPlace(p)}: {p.message}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      'None'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
