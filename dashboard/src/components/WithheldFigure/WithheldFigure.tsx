import { DEFAULT_WITHHELD_REASON, WITHHELD_MEANING, WITHHELD_SYMBOL } from '../../format/withheld';
import { Link } from '../../router/Link';
import { HOW_FIGURES_WORK_SECTIONS } from '../../router/paths';
import './withheld-figure.css';

/** Props of WithheldFigure. */
export type WithheldFigureProps = {
  /** Why the API withheld the figure; the default reason when it gave none. */
  reason?: string | null;
  /**
   * How the figure stands on the page:
   * - "figure" (the default): the symbol alone, in a cell or a sentence, where the reason is said nearby;
   * - "figure-with-reason": the symbol with the reason beneath it, in a table cell;
   * - "statement": "c: the reason", under a table whose cells show the symbol;
   * - "key": the symbol in a column of the given width and what it means, in a chart's key.
   */
  variant?: 'figure' | 'figure-with-reason' | 'statement' | 'key';
  /** With "key": the width (px) of the key's pictures, so the symbol lines up with them. */
  width?: number;
  /**
   * False inside a widget that moves focus itself (the sector heatmap's grid of cells, read with the
   * arrow keys): the link is then left out of the tab order, which would otherwise stop at every
   * withheld cell, and keyboard users reach the explanation from the widget's key and caveats.
   */
  focusable?: boolean;
};

/**
 * The one way a withheld figure is shown: the GSS symbol "c", a link to the section of "How the
 * figures work" that says what is withheld and why, with its reason in words where the variant shows
 * it. The link's title is the reason, so hovering it shows why, and browsers expose the title as the
 * link's accessible description, so assistive technology gives the reason wherever the cell is read
 * on its own; its accessible name says it is withheld and where it leads. Its text stays "c", as in
 * the CSV downloads, so the page, the file and the key agree.
 */
export function WithheldFigure({ reason, variant = 'figure', width, focusable = true }: WithheldFigureProps) {
  const why = reason ?? DEFAULT_WITHHELD_REASON;
  const tabIndex = focusable ? undefined : -1;
  const symbol = (
    <Link
      to={HOW_FIGURES_WORK_SECTIONS.withheld}
      className="govuk-link app-withheld__symbol"
      title={why}
      aria-label={`${WITHHELD_SYMBOL}, withheld: how figures are protected`}
      tabIndex={tabIndex}
    >
      {WITHHELD_SYMBOL}
    </Link>
  );
  switch (variant) {
    case 'figure-with-reason':
      return (
        <>
          {symbol}
          <span className="app-withheld__reason">{why}</span>
        </>
      );
    case 'statement':
      return (
        <>
          <strong>{symbol}</strong>: {why}
        </>
      );
    case 'key':
      // In the key the words beside the symbol say what it means, so they are the link.
      return (
        <>
          <span className="app-withheld__key" style={{ width }}>
            {WITHHELD_SYMBOL}
          </span>
          <Link to={HOW_FIGURES_WORK_SECTIONS.withheld} className="govuk-link" tabIndex={tabIndex}>
            {WITHHELD_MEANING}
          </Link>
        </>
      );
    default:
      return symbol;
  }
}
