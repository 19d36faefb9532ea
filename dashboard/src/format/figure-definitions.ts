/**
 * DEFINITIONS OF THE FIGURES, IN WORDS: the one place the dashboard says how scores, quartiles,
 * phrases and levels are computed. The "How the figures work" page (pages/HowFiguresWorkPage.tsx)
 * is written from these. They describe the code as it is; when a rule changes, change it here too:
 *   - level scores:      api/src/modules/framework/framework-content.importer.ts (levelScore)
 *   - item and section:  api/src/modules/assessment/assessment-scoring.ts (scoreAssessment)
 *   - exact scores:      api/src/common/exact-score.ts (numerator over scoreDenominator)
 *   - quantiles, spread: api/src/common/statistics.ts, and percentile_cont in the SQL functions
 *   - quartile bands:    api/src/modules/benchmark/position.ts (quartileBand)
 *   - MAD and phrases:   api/src/modules/benchmark/position.ts (madPhrase); the MAD is computed in SQL
 *   - nearest level:     touchstone_nearest_level() in SQL (halfway goes up)
 *   - small groups, distributions: api/src/modules/benchmark/small-numbers.ts and disclosure.ts
 * The numbers (threshold, bands, MAD steps, window) are not written here: the page reads them from
 * the API's figureRules query, so they are the ones in force.
 */

/** How a level becomes a score. */
export const LEVEL_SCORE =
  'Each level on a rating scale has a score from 0 to 100, evenly spaced: the lowest level scores 0 and the highest 100. On a five-level scale the levels score 0, 25, 50, 75 and 100; on a three-level scale, 0, 50 and 100.';

/** How a statement's score is chosen. */
export const ITEM_SCORE =
  "A statement's score is the council's agreed level. Where the council has not agreed a level, it is the median of its participants' levels.";

/** How a section's (or theme's, or breakthrough area's) score is worked out. */
export const SECTION_SCORE =
  'A section’s score is the mean (average) of the scores of the statements in it that were answered. Statements left unanswered or skipped are not counted as zero: they are left out, and coverage says how many were answered.';

/** Coverage. */
export const COVERAGE = 'Coverage is how many of a section’s statements were answered, out of how many it has.';

/** Spread. */
export const SPREAD =
  'Spread is how much the participants disagreed: for each statement, the interquartile range of the participants’ scores (the distance between the upper and lower quartile), averaged over the section’s statements. It needs at least 2 participants on a statement.';

/** The quantile definition used for medians and quartiles. */
export const QUARTILE_DEFINITION =
  'Medians and quartiles are worked out by putting the scores in order and interpolating in a straight line between neighbouring scores (Hyndman and Fan’s definition 7, the same as PostgreSQL’s percentile_cont and Excel’s QUARTILE.INC). With n scores in order, the quartile at fraction p (0.25, 0.5 or 0.75) sits at position 1 + (n − 1) × p; where that falls between two scores, it is the point that far between them.';

/** Scores are exact, so equal scores compare equal. */
export const EXACT_SCORES =
  'Scores are stored exactly, as fractions of the way from the lowest level to the highest, not as rounded decimals. Two councils with the same answers always have exactly the same score, and every comparison (quarters, phrases, levels) is worked out from the exact figures. Scores are rounded only when they are shown.';

/** A worked example of the quartiles. */
export const QUARTILE_EXAMPLE =
  'For example, for 6 councils scoring 10, 20, 30, 40, 50 and 60, the lower quartile is at position 2.25 (22.5), the median at 3.5 (35) and the upper quartile at 4.75 (47.5).';

/** The four quartile bands, in words, as quartileBand draws them. */
export const QUARTILE_BANDS: { band: string; rule: string }[] = [
  { band: 'Lowest quarter', rule: 'below the lower quartile' },
  { band: 'Lower middle', rule: 'at or above the lower quartile, and below the median' },
  { band: 'Upper middle', rule: 'at or above the median, and at or below the upper quartile' },
  { band: 'Highest quarter', rule: 'above the upper quartile' },
];

/** The median absolute deviation. */
export const MAD_DEFINITION =
  'The median absolute deviation (MAD) measures how far other councils’ scores usually sit from their median: take each council’s distance from the median, ignoring whether it is above or below, and find the median of those distances. It is not scaled to look like a standard deviation.';

/** What happens when the peers all agree. */
export const MAD_ZERO =
  'When the other councils’ scores are so alike that the MAD is 0 (for example, when most of them have exactly the same score), only a score equal to the median is ‘broadly similar’, and any other score is ‘well above’ or ‘well below’.';

/** How a score is placed on a level again, for distributions and the breakthrough matrix. */
export const NEAREST_LEVEL =
  'To count how many councils are on each level, a council’s score is placed on the nearest level of the scale (a score exactly halfway between two levels goes to the higher one). The distribution then gives the share of other councils on each level, as whole percentages (exactly half a percent rounds up).';

/** Why a distribution's percentages do not give away the exact counts. */
export const DISTRIBUTION_PERTURBATION =
  'So that the percentages cannot be turned back into an exact number of councils, they are worked out from a total drawn from the same band as the real count, in the way the Office for National Statistics protects small census counts (cell-key perturbation). The same figure always comes out the same, however often it is asked for, so asking again reveals nothing more.';

/** Your own council is never its own peer. */
export const NOT_ITS_OWN_PEER =
  'Your own council is never counted among its peers: its score is left out of every peer figure it is compared with.';

/** Which figures are counted: one submission per council. */
export const ONE_SUBMISSION_PER_COUNCIL =
  'Each council is counted once, by its latest submitted assessment in the round (or in the window of rounds chosen). Drafts are never counted and never leave the council.';
