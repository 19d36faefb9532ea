import { DEFAULT_WITHHELD_REASON, WITHHELD_MEANING, WITHHELD_SYMBOL } from '../../format/withheld';
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
};

/**
 * The one way a withheld figure is shown: the GSS symbol "c", with its reason in words where the
 * variant shows it. The symbol is an abbreviation whose title is the reason, so hovering it shows
 * why, and browsers expose the title as the symbol's accessible description, so assistive
 * technology can give the reason wherever the cell is read on its own. Its text stays "c", as in
 * the CSV downloads, so the page, the file and the key agree; the key, the summaries and the
 * "Why withheld" columns say what the symbol means.
 */
export function WithheldFigure({ reason, variant = 'figure', width }: WithheldFigureProps) {
  const why = reason ?? DEFAULT_WITHHELD_REASON;
  // In the key the words beside the symbol say what it means, so a title would only repeat them.
  const symbol = (
    <abbr className="app-withheld__symbol" title={variant === 'key' ? undefined : why}>
      {WITHHELD_SYMBOL}
    </abbr>
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
      return (
        <>
          <span className="app-withheld__key" style={{ width }}>
            {symbol}
          </span>
          {WITHHELD_MEANING}
        </>
      );
    default:
      return symbol;
  }
}
