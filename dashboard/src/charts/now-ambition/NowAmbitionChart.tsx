import { useMemo } from 'react';

import { DataTable } from '../../components/DataTable/DataTable';
import { RowChart } from '../shared/RowChart';

import { NowAmbitionChartSvg } from './NowAmbitionChartSvg';
import { NowAmbitionLegend } from './NowAmbitionLegend';
import {
  buildNowAmbitionSummary,
  buildNowAmbitionTableRows,
  describeNowAmbitionRow,
  getNowAmbitionColumns,
  getNowAmbitionTitle,
  type NowAmbitionDatum,
  type NowAmbitionOptions,
} from './now-ambition.domain';
import './now-ambition.css';

/** Props of NowAmbitionChart. */
export type NowAmbitionChartProps = {
  data: NowAmbitionDatum[];
  options: NowAmbitionOptions;
  tableCaption: string;
  /** Parts of the CSV file's name. */
  fileNameParts: string[];
};

/**
 * Now vs ambition per theme against a peer group: the summary, the key, the arrow chart at the
 * width of its container, and the figures as a table with a CSV. The shared RowChart measures and
 * keeps the active row; NowAmbitionChartSvg draws at a fixed size.
 */
export function NowAmbitionChart({ data, options, tableCaption, fileNameParts }: NowAmbitionChartProps) {
  const summary = useMemo(() => buildNowAmbitionSummary(data, options), [data, options]);
  const title = getNowAmbitionTitle(options);
  const rows = useMemo(() => buildNowAmbitionTableRows(data), [data]);
  const anyWithheld = data.some((d) => d.suppressed);
  const columns = useMemo(() => getNowAmbitionColumns(options, anyWithheld), [options, anyWithheld]);

  return (
    <RowChart
      className="app-now-ambition"
      summary={summary}
      legend={<NowAmbitionLegend councilName={options.councilName} peersLabel={options.peersLabel} />}
      rowCount={data.length}
      describeRow={(index) => describeNowAmbitionRow(data[index], options.peersLabel)}
      renderChart={(state) => <NowAmbitionChartSvg data={data} title={title} summary={summary} {...state} />}
    >
      {/* The table is always shown here: officers compare the exact figures more than the shapes. */}
      <div className="govuk-!-margin-top-6">
        <DataTable
          caption={tableCaption}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          withheldReason={(r) => r.suppressionReason}
          csv={{ fileNameParts, description: tableCaption }}
        />
      </div>
    </RowChart>
  );
}
