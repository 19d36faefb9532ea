import { type CSSProperties, type KeyboardEvent, useId, useMemo, useState } from 'react';

import { DataTable } from '../../components/DataTable/DataTable';
import type { TableColumn } from '../../components/DataTable/table-columns';
import { Details } from '../../components/Details/Details';
import { DownloadCsvLink } from '../../components/DownloadCsvLink/DownloadCsvLink';
import { TableHead } from '../../components/TableHead/TableHead';
import { WithheldFigure } from '../../components/WithheldFigure/WithheldFigure';
import { WITHHELD_SYMBOL } from '../../format/withheld';
import { Link } from '../../router/Link';
import { HOW_FIGURES_WORK_SECTIONS } from '../../router/paths';

import {
  buildHeatmapSummary,
  buildHeatmapTableRows,
  type CellPosition,
  describeCell,
  getCellView,
  getHeatmapTitle,
  getNextCell,
  getShade,
  type HeatmapData,
  type HeatmapTableRow,
  medianText,
  SHADE_KEY_TICKS,
} from './sector-heatmap.domain';
import './sector-heatmap.css';

/** Props of SectorHeatmap. */
export type SectorHeatmapProps = {
  data: HeatmapData;
  /** Parts of the CSV file's name. */
  fileNameParts: string[];
};

/**
 * Sections × peer groups as a heatmap. It is a table, so every figure is read with its section and
 * group and the text wraps and zooms; each cell writes its median and its change (arrow, signed
 * number and, for screen readers, words), and the shading only repeats the median. The grid is one
 * tab stop: the arrow keys move between cells (announced in full), Escape leaves. The "Show data"
 * table below gives every figure, with the reasons for withheld cells, and downloads as CSV.
 */
export function SectorHeatmap({ data, fileNameParts }: SectorHeatmapProps) {
  const id = useId();
  const summaryId = `${id}-summary`;
  const instructionsId = `${id}-instructions`;
  const [active, setActive] = useState<CellPosition | null>(null);
  const summary = useMemo(() => buildHeatmapSummary(data), [data]);
  const title = getHeatmapTitle(data);
  const cellId = (row: number, column: number) => `${id}-cell-${row}-${column}`;
  const activeCell = active && active.row < data.sections.length && active.column < data.groups.length ? active : null;
  const announcement = activeCell ? describeCell(data, data.sections[activeCell.row], data.groups[activeCell.column]) : '';

  const handleKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const next = getNextCell(activeCell, event.key, data.sections.length, data.groups.length);
    if (!next.handled) return;
    event.preventDefault();
    setActive(next.position);
    if (next.position)
      document.getElementById(cellId(next.position.row, next.position.column))?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  };

  const rows = useMemo(() => buildHeatmapTableRows(data), [data]);
  const columns = useMemo<TableColumn<HeatmapTableRow>[]>(
    () => [
      { heading: data.sectionLabel, text: (r) => r.section },
      { heading: 'Peer group', text: (r) => r.group },
      { heading: 'Median', text: (r) => r.median, numeric: true },
      { heading: 'Lower quartile', text: (r) => r.lowerQuartile, numeric: true },
      { heading: 'Upper quartile', text: (r) => r.upperQuartile, numeric: true },
      { heading: data.previousRound ? `Change since ${data.previousRound}` : 'Change', text: (r) => r.change, numeric: true },
      { heading: 'Councils contributing', text: (r) => r.contributors },
      { heading: 'Why withheld', text: (r) => r.note },
    ],
    [data.sectionLabel, data.previousRound],
  );

  return (
    <div className="app-heatmap">
      <p className="govuk-body" id={summaryId}>
        {summary}
      </p>
      <HeatmapKey previousRound={data.previousRound} />
      {data.sections.length > 0 ? (
        <p className="govuk-hint govuk-!-font-size-16" id={instructionsId}>
          To read the heatmap by keyboard, tab to it and use the arrow keys to move between cells. Press Escape to leave the cells.
        </p>
      ) : null}
      <div className="app-table-container app-heatmap__container">
        <table
          className="govuk-table app-heatmap__table"
          role="grid"
          aria-readonly="true"
          aria-describedby={data.sections.length > 0 ? `${summaryId} ${instructionsId}` : summaryId}
          aria-activedescendant={activeCell ? cellId(activeCell.row, activeCell.column) : undefined}
          tabIndex={data.sections.length > 0 ? 0 : undefined}
          onKeyDown={handleKeyDown}
          onBlur={() => setActive(null)}
        >
          <caption className="govuk-table__caption govuk-table__caption--s">{title}</caption>
          <TableHead
            columns={[
              { text: data.sectionLabel, className: 'app-heatmap__section-heading' },
              ...data.groups.map((g) => ({ text: g.shortName, className: 'app-heatmap__group' })),
            ]}
          />
          <tbody className="govuk-table__body">
            {data.sections.map((s, row) => (
              <tr key={s.key} className="govuk-table__row">
                <th scope="row" className="govuk-table__header app-heatmap__section">
                  {s.title}
                </th>
                {data.groups.map((g, column) => {
                  const { cell, shade, change } = getCellView(data, s.key, g.key);
                  const isActive = activeCell?.row === row && activeCell.column === column;
                  const classes = [
                    'govuk-table__cell',
                    'app-heatmap__cell',
                    shade === null ? 'app-heatmap__cell--withheld' : 'app-heatmap__cell--shaded',
                    isActive ? 'app-heatmap__cell--active' : null,
                  ]
                    .filter(Boolean)
                    .join(' ');
                  return (
                    <td
                      key={g.key}
                      id={cellId(row, column)}
                      className={classes}
                      style={shadeStyle(shade)}
                      onClick={() => setActive({ row, column })}
                    >
                      <span className="app-heatmap__median">
                        {!cell || cell.suppressed ? (
                          <WithheldFigure reason={cell?.suppressionReason} focusable={false} />
                        ) : (
                          medianText(cell)
                        )}
                      </span>
                      {change ? (
                        <span className="app-heatmap__change">
                          <span aria-hidden="true">{change.symbol} </span>
                          {change.number}
                          <span className="govuk-visually-hidden">
                            {' '}
                            ({change.words} since {data.previousRound})
                          </span>
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <Details summary="Show data" className="govuk-!-margin-top-4 govuk-!-margin-bottom-4">
        <DataTable
          caption={`${title}: every figure`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          withheldReason={(r) => r.note || null}
        />
      </Details>
      <DataTableCsv columns={columns} rows={rows} fileNameParts={fileNameParts} description={`${title}: every figure`} />
    </div>
  );
}

/** A shaded cell's colour, through a custom property so the keyboard's highlight can still override it. */
const shadeStyle = (shade: string | null): CSSProperties | undefined =>
  shade === null ? undefined : ({ '--app-heatmap-shade': shade } as CSSProperties);

/** The key to the shading and the symbols, in words: the shading bar is labelled with the scores it stands for. */
function HeatmapKey({ previousRound }: { previousRound: string | null }) {
  const gradient = `linear-gradient(to right, ${getShade(0)}, ${getShade(100)})`;
  return (
    <div className="app-heatmap__key">
      <p className="govuk-body-s govuk-!-margin-bottom-1 govuk-!-font-weight-bold">Key</p>
      <ul className="govuk-list govuk-body-s app-heatmap__key-list" aria-label="Key to the heatmap">
        <li className="app-heatmap__key-scale">
          <span>Shade: the median score (0 to 100), darker for higher, changing evenly, so a few points apart look alike</span>
          <span className="app-heatmap__scale" aria-hidden="true">
            <span className="app-heatmap__scale-bar" style={{ background: gradient }} />
            <span className="app-heatmap__scale-ticks">
              {SHADE_KEY_TICKS.map((tick) => (
                <span key={tick}>{tick}</span>
              ))}
            </span>
          </span>
        </li>
        <li>
          <span className="app-heatmap__swatch app-heatmap__cell--withheld" aria-hidden="true">
            {WITHHELD_SYMBOL}
          </span>
          <Link to={HOW_FIGURES_WORK_SECTIONS.withheld} className="govuk-link">
            Withheld to keep the councils that contributed anonymous
          </Link>
        </li>
        {previousRound ? (
          <li>
            <span aria-hidden="true">▲ ▼ ●</span> Change in the median since {previousRound}: up, down, none (the number says how much)
          </li>
        ) : null}
      </ul>
    </div>
  );
}

type DataTableCsvProps = { columns: TableColumn<HeatmapTableRow>[]; rows: HeatmapTableRow[]; fileNameParts: string[]; description: string };

/** The "Show data" table's CSV, outside the details so it can be found without opening them. */
function DataTableCsv({ columns, rows, fileNameParts, description }: DataTableCsvProps) {
  const headings = useMemo(() => columns.map((c) => c.heading), [columns]);
  const cells = useMemo(() => rows.map((r) => columns.map((c) => c.text(r))), [rows, columns]);
  return <DownloadCsvLink headings={headings} rows={cells} fileNameParts={fileNameParts} description={description} />;
}
