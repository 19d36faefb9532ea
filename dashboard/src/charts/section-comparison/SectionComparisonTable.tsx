import { buildTableRows, getTableHeadings, type SectionComparisonDatum } from './section-comparison.domain';

/** Props of SectionComparisonTable. */
export type SectionComparisonTableProps = {
  data: SectionComparisonDatum[];
  caption: string;
  sectionLabel?: string;
};

/**
 * The exact figures behind the chart as a GOV.UK table, with scoped headers so a screen reader
 * reads each figure with its section and column. Withheld figures show "c" with the reason beside
 * them, in words, in the last column.
 */
export function SectionComparisonTable({ data, caption, sectionLabel }: SectionComparisonTableProps) {
  const headings = getTableHeadings(sectionLabel);
  const rows = buildTableRows(data);
  // On a narrow screen the six columns are wider than the page, so the table scrolls sideways in its
  // own box. The box takes focus (as a named region) so keyboard users can scroll it too.
  return (
    <div className="app-table-container" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table app-section-comparison__table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {headings.map((heading, index) => (
              <th
                key={heading}
                scope="col"
                className={index >= 1 && index <= 4 ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header'}
              >
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.length === 0 ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={headings.length}>
                There are no figures to show.
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.key} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {row.section}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.councilScore}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.peerMedian}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.peerLowerQuartile}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.peerUpperQuartile}</td>
                <td className="govuk-table__cell">
                  {row.contributors}
                  {row.suppressionReason ? <span className="app-section-comparison__table-note">{row.suppressionReason}</span> : null}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
