import { useMemo } from 'react';

import { DataTable } from '../../components/DataTable/DataTable';
import type { TableColumn } from '../../components/DataTable/table-columns';
import { Details } from '../../components/Details/Details';
import { DownloadCsvLink } from '../../components/DownloadCsvLink/DownloadCsvLink';
import { HowFiguresWorkLink } from '../../components/HowFiguresWorkLink/HowFiguresWorkLink';
import { TableContainer } from '../../components/TableContainer/TableContainer';
import { WithheldFigure } from '../../components/WithheldFigure/WithheldFigure';
import { Link } from '../../router/Link';

import {
  buildMatrixCellRows,
  buildMatrixSummary,
  councilCellText,
  getActFirstItems,
  getMatrixCaption,
  getMatrixCellView,
  levelText,
  type MatrixData,
  type MatrixItemDatum,
  orderLevels,
  peerShareText,
} from './breakthrough-matrix.domain';
import './breakthrough-matrix.css';

/** Props of BreakthroughMatrix. */
export type BreakthroughMatrixProps = {
  data: MatrixData;
  /** Parts of the CSV files' names, e.g. the council and round. */
  fileNameParts: string[];
  /** With this, each "act first" item links to adding it to the improvement plan. */
  addToPlanPath?: (itemKey: string) => string;
};

/**
 * The breakthrough matrix: a table whose rows are one scale's levels (progress, highest first) and
 * columns the other's (plan coverage), each cell giving the number of the council's items and, in
 * words, other councils' share. A table rather than a picture, so every figure is read with its row
 * and column; shading and the "act first" border only repeat what the text says.
 */
export function BreakthroughMatrix({ data, fileNameParts, addToPlanPath }: BreakthroughMatrixProps) {
  const { rows, columns } = useMemo(() => orderLevels(data), [data]);
  const summary = useMemo(() => buildMatrixSummary(data), [data]);
  const caption = getMatrixCaption(data);
  const item = data.itemLabel.toLowerCase();
  const cellRows = useMemo(() => buildMatrixCellRows(data), [data]);
  const peersWithheldReason = data.peersSuppressionReason ?? "Other councils' shares are withheld to protect their anonymity.";
  const csvHeadings = [
    data.rowTitle,
    data.columnTitle,
    `${data.councilName}'s ${item}s`,
    `Other councils' share of ${item}s`,
    'Act on these first',
  ];
  const csvCells = useMemo(() => cellRows.map((c) => [c.row, c.column, c.council, c.peers, c.actFirst ? 'Yes' : 'No']), [cellRows]);

  return (
    <div className="app-matrix">
      <p className="govuk-body">{summary}</p>
      <TableContainer label={caption}>
        <table className="govuk-table app-matrix__table">
          <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <td className="govuk-table__header app-matrix__corner" />
              <th scope="colgroup" colSpan={columns.length} className="govuk-table__header app-matrix__axis">
                {data.columnTitle}
              </th>
            </tr>
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header app-matrix__axis">
                {data.rowTitle}
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="govuk-table__header">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((r) => (
              <tr key={r.key} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {r.label}
                </th>
                {columns.map((c) => {
                  const { count, share, actFirst, shadeStep } = getMatrixCellView(data, r, c);
                  // Shading steps are light tints only, so black text keeps its contrast; the number is always written.
                  const shade = `app-matrix__cell--${shadeStep}`;
                  return (
                    <td
                      key={c.key}
                      className={`govuk-table__cell app-matrix__cell ${shade}${actFirst ? ' app-matrix__cell--act-first' : ''}`}
                    >
                      {actFirst ? <strong className="govuk-tag govuk-tag--red app-matrix__tag">Act first</strong> : null}
                      <span className="app-matrix__count">
                        {count}
                        <span className="app-matrix__count-word">{councilCellText(count, data.itemLabel).slice(String(count).length)}</span>
                      </span>
                      <span className="app-matrix__peers">
                        Other councils: {share === null ? <WithheldFigure reason={peersWithheldReason} /> : peerShareText(share)}
                        {share === null ? null : (
                          <span className="app-matrix__bar" aria-hidden="true">
                            <span style={{ width: `${Math.max(0, Math.min(100, share))}%` }} />
                          </span>
                        )}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableContainer>
      {data.peersSuppressed ? (
        <p className="govuk-body">
          <WithheldFigure variant="statement" reason={peersWithheldReason} />
        </p>
      ) : (
        <p className="govuk-hint govuk-!-font-size-16">
          &lsquo;Other councils&rsquo; is the share of all other councils&apos; rated {item}s that fall in each cell; the shares add up to
          about 100%.
        </p>
      )}
      <DownloadCsvLink headings={csvHeadings} rows={csvCells} fileNameParts={[...fileNameParts, 'matrix']} description={caption} />

      <ActFirst data={data} addToPlanPath={addToPlanPath} />

      <Details summary={`Show every ${item} and its levels`} className="govuk-!-margin-top-6">
        <ItemsTable data={data} fileNameParts={fileNameParts} />
      </Details>
    </div>
  );
}

/** "Act on these first": the items at the lowest level on both scales. */
function ActFirst({ data, addToPlanPath }: { data: MatrixData; addToPlanPath?: (itemKey: string) => string }) {
  const items = getActFirstItems(data);
  const item = data.itemLabel.toLowerCase();
  const row = orderLevels(data).rows.at(-1);
  const column = orderLevels(data).columns[0];
  return (
    <>
      <h3 className="govuk-heading-m govuk-!-margin-top-6">Act on these first</h3>
      <p className="govuk-body">
        {data.itemLabel}s rated &lsquo;{row?.label}&rsquo; for {data.rowTitle.toLowerCase()} and &lsquo;{column?.label}&rsquo; for{' '}
        {data.columnTitle.toLowerCase()}: the least progress, and nothing planned yet. The counts are {data.councilName}&apos;s agreed
        ratings, one per {item} rated on both scales; the council position page also counts participants&apos; answers, so its counts can
        differ. <HowFiguresWorkLink />.
      </p>
      {items.length === 0 ? (
        <p className="govuk-body">
          None of {data.councilName}&apos;s {item}s is in this cell.
        </p>
      ) : (
        <ul className="govuk-list govuk-list--bullet app-act-first">
          {items.map((i) => (
            <li key={i.key}>
              {i.text}{' '}
              <span className="govuk-!-display-block govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">{i.sectionTitle}</span>
              {addToPlanPath ? (
                <Link className="govuk-link govuk-!-display-block app-no-print" to={addToPlanPath(i.key)}>
                  Add to the improvement plan<span className="govuk-visually-hidden">: {i.text}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Every item with its two levels: the figures behind the counts. */
function ItemsTable({ data, fileNameParts }: { data: MatrixData; fileNameParts: string[] }) {
  const columns = useMemo<TableColumn<MatrixItemDatum>[]>(
    () => [
      { heading: data.itemLabel, text: (i) => i.text },
      { heading: 'Area', text: (i) => i.sectionTitle },
      { heading: data.rowTitle, text: (i) => levelText(i.rowLevel) },
      { heading: data.columnTitle, text: (i) => levelText(i.columnLevel) },
      { heading: 'Act on first', text: (i) => (i.actFirst ? 'Yes' : 'No') },
    ],
    [data.itemLabel, data.rowTitle, data.columnTitle],
  );
  return (
    <DataTable
      caption={`${data.councilName}'s ${data.itemLabel.toLowerCase()}s and their levels`}
      columns={columns}
      rows={data.items}
      rowKey={(i) => i.key}
      csv={{
        fileNameParts: [...fileNameParts, `${data.itemLabel}s`],
        description: `${data.councilName}'s ${data.itemLabel.toLowerCase()}s and their levels`,
      }}
    />
  );
}
