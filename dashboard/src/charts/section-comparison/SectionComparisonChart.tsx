import { useCallback, useId, useMemo, useRef, useState } from 'react';

import { Details } from '../../components/Details/Details';
import { DownloadCsvLink } from '../../components/DownloadCsvLink/DownloadCsvLink';
import { useElementWidth } from '../../hooks/useElementWidth';

import { SectionComparisonChartSvg, type ActiveRowSource } from './SectionComparisonChartSvg';
import { SectionComparisonLegend } from './SectionComparisonLegend';
import { SectionComparisonTable } from './SectionComparisonTable';
import {
  buildSummary,
  buildTableRows,
  describeRow,
  getChartTitle,
  getTableHeadings,
  type SectionComparisonDatum,
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

type ActiveRow = { index: number; source: ActiveRowSource };

/**
 * A council's section scores against other councils: the text summary, the key, the dot plot at
 * the width of its container and the "Show data" table. This outer component measures and keeps
 * the active row; SectionComparisonChartSvg draws at a fixed size.
 */
export function SectionComparisonChart({
  data,
  councilName,
  sectionLabel,
  tableCaption,
  peersLabel,
  csvFileNameParts,
}: SectionComparisonChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const instructionsId = useId();
  const [active, setActive] = useState<ActiveRow | null>(null);

  const options = useMemo(() => ({ councilName, sectionLabel, peersLabel }), [councilName, sectionLabel, peersLabel]);
  const summary = useMemo(() => buildSummary(data, options), [data, options]);
  const title = getChartTitle(options);

  // A pointer leaving does not clear a row reached by keyboard, nor the reverse, so the two ways
  // of exploring do not fight; the latest one wins while both are in use.
  const handleActiveIndexChange = useCallback((index: number | null, source: ActiveRowSource) => {
    setActive((current) => (index === null ? (current?.source === source ? null : current) : { index, source }));
  }, []);

  // A stale index must not outlive a change of data (the page also remounts the chart per choice).
  const activeRow = active !== null && active.index < data.length ? active : null;
  const announcement =
    activeRow?.source === 'keyboard' ? `${describeRow(data[activeRow.index], peersLabel)}. ${activeRow.index + 1} of ${data.length}.` : '';

  return (
    <div className="app-section-comparison">
      <p className="govuk-body app-section-comparison__summary">{summary}</p>
      <SectionComparisonLegend councilName={councilName} peersLabel={peersLabel} />
      {data.length > 0 ? (
        <p className="govuk-hint govuk-!-font-size-16" id={instructionsId}>
          To read the chart by keyboard, tab to it and use the up and down arrow keys to move between rows. Press Escape to leave the rows.
        </p>
      ) : null}
      <div ref={containerRef} className="app-section-comparison__container">
        {width > 0 ? (
          <SectionComparisonChartSvg
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
      {/* Always in the page, so screen readers notice when its text changes. */}
      <div className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <Details summary="Show data" className="govuk-!-margin-top-4 govuk-!-margin-bottom-4">
        <SectionComparisonTable data={data} caption={tableCaption} sectionLabel={sectionLabel} />
      </Details>
      {csvFileNameParts ? (
        <ChartCsvLink data={data} sectionLabel={sectionLabel} caption={tableCaption} fileNameParts={csvFileNameParts} />
      ) : null}
    </div>
  );
}

type ChartCsvLinkProps = { data: SectionComparisonDatum[]; sectionLabel?: string; caption: string; fileNameParts: string[] };

/**
 * The "Show data" table as a CSV file: the same headings and formatted cells (withheld figures as
 * "c"), with the reason for withholding as a last column, as the table shows it beside the "c".
 */
function ChartCsvLink({ data, sectionLabel, caption, fileNameParts }: ChartCsvLinkProps) {
  const headings = useMemo(() => [...getTableHeadings(sectionLabel), 'Why withheld'], [sectionLabel]);
  const rows = useMemo(
    () =>
      buildTableRows(data).map((r) => [
        r.section,
        r.councilScore,
        r.peerMedian,
        r.peerLowerQuartile,
        r.peerUpperQuartile,
        r.contributors,
        r.suppressionReason ?? '',
      ]),
    [data],
  );
  return <DownloadCsvLink headings={headings} rows={rows} fileNameParts={fileNameParts} description={caption} />;
}
