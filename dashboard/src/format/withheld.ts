/**
 * Withheld figures: disclosure control in the API withholds an aggregate when too few councils
 * contribute, and every view shows it the same way, with the symbol the Government Statistical
 * Service uses for a figure withheld to protect confidentiality.
 */

/** The GSS symbol for a figure withheld to protect confidentiality. */
export const WITHHELD_SYMBOL = 'c';

/** Said in place of a reason when the API withholds a figure without giving one. */
export const DEFAULT_WITHHELD_REASON = 'Withheld to protect the anonymity of the councils that contributed.';

/** What the symbol means, for a key or a screen reader. */
export const WITHHELD_MEANING = 'figures withheld to protect the anonymity of the councils that contributed';

/** A figure for a sentence: "withheld (c)". */
export const WITHHELD_IN_WORDS = `withheld (${WITHHELD_SYMBOL})`;
