import { useMemo } from 'react';

import { DataTable } from '../../components/DataTable/DataTable';
import { csvHeadings, csvRows, type TableColumn } from '../../components/DataTable/table-columns';
import { Details } from '../../components/Details/Details';
import { DownloadCsvLink } from '../../components/DownloadCsvLink/DownloadCsvLink';
import { RowChart } from '../shared/RowChart';

import { SectionComparisonChartSvg } from './SectionComparisonChartSvg';
import { SectionComparisonLegend } from './SectionComparisonLegend';
import {
  buildSummary,
  buildTableRows,
  describeRow,
  getChartTitle,
  getTableColumns,
  type SectionComparisonDatum,
  type SectionComparisonTableRow,
} from './section-comparison.domain';
import './section-comparison.css';

/** Props of SectionComparisonChart. */
export type SectionComparisonChartProps = {
  data: SectionComparisonDatum[];
  /** The council's short name, e.g. "Chesterfield". */
  councilName: string;
  /** What the framework calls a section, e.g. "Section" or "Breakthrough area". */
  sectionLabel?: string;
  /** Caption of the "Show data" table. */
  tableCaption: string;
  /** The peer group as it reads in a sentence, e.g. "district councils"; "other councils" when not given. */
  peersLabel?: string;
  /** With these, a "Download CSV" link of the "Show data" table's figures follows the chart. */
  csvFileNameParts?: string[];
};

/**
 * A council's section scores against other councils: the text summary, the key, the dot plot at
 * the width of its container and the "Show data" table. The shared RowChart measures and keeps the
 * active row; SectionComparisonChartSvg draws at a fixed size.
 */
export function SectionComparisonChart({
  data,
  councilName,
  sectionLabel,
  tableCaption,
  peersLabel,
  csvFileNameParts,
}: SectionComparisonChartProps) {
  const options = useMemo(() => ({ councilName, sectionLabel, peersLabel }), [councilName, sectionLabel, peersLabel]);
  const summary = useMemo(() => buildSummary(data, options), [data, options]);
  const title = getChartTitle(options);
  const rows = useMemo(() => buildTableRows(data), [data]);
  const columns = useMemo(() => getTableColumns(sectionLabel), [sectionLabel]);

  return (
    <RowChart
      className="app-section-comparison"
      summary={summary}
      summaryClassName="app-section-comparison__summary"
      legend={<SectionComparisonLegend councilName={councilName} peersLabel={peersLabel} />}
      rowCount={data.length}
      describeRow={(index) => describeRow(data[index], peersLabel)}
      renderChart={(state) => <SectionComparisonChartSvg data={data} title={title} summary={summary} {...state} />}
    >
      <Details summary="Show data" className="govuk-!-margin-top-4 govuk-!-margin-bottom-4">
        {/* Scoped headers, so a screen reader reads each figure with its section and column. */}
        <DataTable
          caption={tableCaption}
          captionSize="m"
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          withheldReason={(r) => r.suppressionReason}
          className="app-section-comparison__table"
        />
      </Details>
      {csvFileNameParts ? (
        <ChartCsvLink data={data} sectionLabel={sectionLabel} caption={tableCaption} fileNameParts={csvFileNameParts} />
      ) : null}
    </RowChart>
  );
}

type ChartCsvLinkProps = { data: SectionComparisonDatum[]; sectionLabel?: string; caption: string; fileNameParts: string[] };

/**
 * The "Show data" table as a CSV file: the same columns and formatted cells (withheld figures as
 * "c"), with the reason for withholding as a last column, as the table shows it beneath the "c".
 */
function ChartCsvLink({ data, sectionLabel, caption, fileNameParts }: ChartCsvLinkProps) {
  const columns = useMemo<TableColumn<SectionComparisonTableRow>[]>(
    () => [...getTableColumns(sectionLabel), { heading: 'Why withheld', text: (r) => r.suppressionReason ?? '' }],
    [sectionLabel],
  );
  const rows = useMemo(() => buildTableRows(data), [data]);
  return (
    <DownloadCsvLink headings={csvHeadings(columns)} rows={csvRows(columns, rows)} fileNameParts={fileNameParts} description={caption} />
  );
}
