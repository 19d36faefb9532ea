import type { ReactNode } from 'react';

import { WithheldFigure } from '../../components/WithheldFigure/WithheldFigure';

/** One entry of a chart's key: a small picture of the mark and what it stands for. */
export type RowChartLegendEntry = { key: string; picture: ReactNode; text: ReactNode };

/** Props of RowChartLegend. */
export type RowChartLegendProps = {
  /** The chart's own class for the list, which sets its layout (a row that wraps, or a column). */
  className: string;
  entries: RowChartLegendEntry[];
  /** Width (px) of the pictures, so the "c" of the last entry lines up with them. */
  pictureWidth: number;
};

/**
 * The key to a row chart's marks, drawn with the same shapes and colours as the chart, and ending
 * with what "c" means. It is HTML text, so it wraps, zooms and reads like the rest of the page; the
 * little pictures are hidden from screen readers because the words say it all.
 */
export function RowChartLegend({ className, entries, pictureWidth }: RowChartLegendProps) {
  return (
    <ul className={`govuk-list app-row-chart__legend ${className}`} aria-label="Key to the chart">
      {entries.map((entry) => (
        <li key={entry.key}>
          {entry.picture}
          {entry.text}
        </li>
      ))}
      <li>
        <WithheldFigure variant="key" width={pictureWidth} />
      </li>
    </ul>
  );
}
