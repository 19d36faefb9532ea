import { useCallback, useId, useMemo, useRef, useState } from 'react';

import { DataTable } from '../../components/DataTable/DataTable';
import type { TableColumn } from '../../components/DataTable/table-columns';
import { useElementWidth } from '../../hooks/useElementWidth';

import { type ActiveRowSource, NowAmbitionChartSvg } from './NowAmbitionChartSvg';
import { NowAmbitionLegend } from './NowAmbitionLegend';
import {
  buildNowAmbitionSummary,
  buildNowAmbitionTableRows,
  describeNowAmbitionRow,
  getNowAmbitionHeadings,
  getNowAmbitionTitle,
  type NowAmbitionDatum,
  type NowAmbitionOptions,
  type NowAmbitionTableRow,
  tableRowCells,
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

type ActiveRow = { index: number; source: ActiveRowSource };

/**
 * Now vs ambition per theme against a peer group: the summary, the key, the arrow chart at the
 * width of its container, and the figures as a table with a CSV. This outer component measures and
 * keeps the active row; NowAmbitionChartSvg draws at a fixed size.
 */
export function NowAmbitionChart({ data, options, tableCaption, fileNameParts }: NowAmbitionChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const instructionsId = useId();
  const [active, setActive] = useState<ActiveRow | null>(null);
  const summary = useMemo(() => buildNowAmbitionSummary(data, options), [data, options]);
  const title = getNowAmbitionTitle(options);

  const handleActiveIndexChange = useCallback((index: number | null, source: ActiveRowSource) => {
    setActive((current) => (index === null ? (current?.source === source ? null : current) : { index, source }));
  }, []);
  const activeRow = active !== null && active.index < data.length ? active : null;
  const announcement =
    activeRow?.source === 'keyboard'
      ? `${describeNowAmbitionRow(data[activeRow.index], options.peersLabel)}. ${activeRow.index + 1} of ${data.length}.`
      : '';

  const rows = useMemo(() => buildNowAmbitionTableRows(data), [data]);
  const anyWithheld = data.some((d) => d.suppressed);
  const columns = useMemo<TableColumn<NowAmbitionTableRow>[]>(() => {
    const headings = getNowAmbitionHeadings(options);
    return headings
      .map((heading, index) => ({ heading, text: (r: NowAmbitionTableRow) => tableRowCells(r)[index], numeric: index >= 1 && index <= 5 }))
      .filter((c) => anyWithheld || c.heading !== 'Why withheld');
  }, [options, anyWithheld]);

  return (
    <div className="app-now-ambition">
      <p className="govuk-body">{summary}</p>
      <NowAmbitionLegend councilName={options.councilName} peersLabel={options.peersLabel} />
      {data.length > 0 ? (
        <p className="govuk-hint govuk-!-font-size-16" id={instructionsId}>
          To read the chart by keyboard, tab to it and use the up and down arrow keys to move between rows. Press Escape to leave the rows.
        </p>
      ) : null}
      <div ref={containerRef} className="app-now-ambition__container">
        {width > 0 ? (
          <NowAmbitionChartSvg
            data={data}
            width={width}
            title={title}
            summary={summary}
            instructionsId={data.length > 0 ? instructionsId : undefined}
            activeIndex={activeRow?.index ?? null}
            activeSource={activeRow?.source ?? null}
            onActiveIndexChange={handleActiveIndexChange}
          />
        ) : null}
      </div>
      <div className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {/* The table is always shown here: officers compare the exact figures more than the shapes. */}
      <div className="govuk-!-margin-top-6">
        <DataTable
          caption={tableCaption}
          captionSize="s"
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          csv={{ fileNameParts, description: tableCaption }}
        />
      </div>
    </div>
  );
}
