import { useId, useMemo, useRef, useState } from 'react';

import { DataTable } from '../../components/DataTable/DataTable';
import type { TableColumn } from '../../components/DataTable/table-columns';
import { Details } from '../../components/Details/Details';
import { useElementWidth } from '../../hooks/useElementWidth';

import { NARROW_WIDTH, STATUS_STYLES } from './constants';
import { PlanStatusSeriesChartSvg } from './PlanStatusSeriesChartSvg';
import {
  buildPlanStatusSummary,
  describeMonth,
  type PlanStatusSeriesDatum,
  STATUS_KEYS,
  STATUS_LABELS,
  TABLE_HEADINGS,
  tableRowCells,
} from './plan-status-series.domain';
import './plan-status-series.css';

/** Props of PlanStatusSeriesChart. */
export type PlanStatusSeriesChartProps = {
  data: PlanStatusSeriesDatum[];
  /** e.g. "Chesterfield improvement plan 2026: actions by status at the end of each month". */
  title: string;
  /** Parts of the CSV file's name. */
  fileNameParts: string[];
};

/**
 * Counts of the plan's actions by status at the end of each month: the summary, a key (each status's
 * word, marker and dash), the line chart at its container's width, and a "Show data" table with a
 * CSV. This outer component measures and keeps the month the keyboard is on; the SVG draws.
 */
export function PlanStatusSeriesChart({ data, title, fileNameParts }: PlanStatusSeriesChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const instructionsId = useId();
  const [active, setActive] = useState<number | null>(null);
  const summary = useMemo(() => buildPlanStatusSummary(data), [data]);
  const columns = useMemo<TableColumn<PlanStatusSeriesDatum>[]>(
    () =>
      TABLE_HEADINGS.map((heading, index) => ({
        heading,
        text: (d: PlanStatusSeriesDatum) => tableRowCells(d)[index],
        numeric: index > 0,
      })),
    [],
  );
  const activeMonth = active !== null ? data[active] : undefined;

  return (
    <div className="app-plan-status-series">
      <p className="govuk-body">{summary}</p>
      <ul className="govuk-list app-plan-status-series__key" aria-label="Key">
        {STATUS_KEYS.map((key) => (
          <li key={key}>
            <svg width={36} height={14} aria-hidden="true" focusable="false">
              <line
                x1={2}
                x2={34}
                y1={7}
                y2={7}
                stroke={STATUS_STYLES[key].colour}
                strokeWidth={2.5}
                strokeDasharray={STATUS_STYLES[key].dash}
              />
            </svg>{' '}
            {STATUS_LABELS[key]}
          </li>
        ))}
      </ul>
      {data.length > 0 ? (
        <p className="govuk-hint govuk-!-font-size-16" id={instructionsId}>
          To read the chart by keyboard, tab to it and use the left and right arrow keys to move between months. Press Escape to leave.
        </p>
      ) : null}
      <div ref={containerRef} className="app-plan-status-series__container">
        {width > 0 ? (
          <PlanStatusSeriesChartSvg
            data={data}
            width={width}
            title={title}
            summary={summary}
            instructionsId={data.length > 0 ? instructionsId : undefined}
            activeIndex={active}
            onActiveIndexChange={setActive}
          />
        ) : null}
      </div>
      {width > 0 && width < NARROW_WIDTH && data.length > 0 ? (
        <p className="govuk-body-s">At the end of the last month: {describeMonth(data[data.length - 1])}.</p>
      ) : null}
      <div className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
        {activeMonth ? `${describeMonth(activeMonth)}. ${active! + 1} of ${data.length}.` : ''}
      </div>
      <Details summary="Show data">
        <DataTable
          caption={title}
          columns={columns}
          rows={data}
          rowKey={(d) => d.date}
          emptyText="The plan has no months to show yet."
          csv={{ fileNameParts, description: title }}
        />
      </Details>
    </div>
  );
}
