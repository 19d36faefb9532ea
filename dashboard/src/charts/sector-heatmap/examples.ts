/** Named example datasets for the sector heatmap, shared by its specs and checks. */
import type { HeatmapCell, HeatmapData, HeatmapGroup, HeatmapSection } from './sector-heatmap.domain';

/** The names of the examples. */
export type HeatmapExampleName = 'typical' | 'empty' | 'oneCouncil' | 'allEqual' | 'suppressed';

const GROUPS: HeatmapGroup[] = [
  { key: 'all', name: 'All councils', shortName: 'All councils', inSentence: 'all councils', kind: 'ALL' },
  { key: 'type:district', name: 'District councils', shortName: 'District councils', inSentence: 'district councils', kind: 'TYPE' },
  { key: 'type:city_of_london', name: 'City of London', shortName: 'City of London', inSentence: 'City of London', kind: 'TYPE' },
  { key: 'region:London', name: 'Councils in London', shortName: 'London', inSentence: 'councils in London', kind: 'REGION' },
];
const SECTIONS: HeatmapSection[] = [
  { key: 'performance-management', title: 'Performance management' },
  { key: 'use-of-it', title: 'Use of IT' },
];

const shown = (sectionKey: string, groupKey: string, median: number, change: number | null, band = '200+'): HeatmapCell => ({
  sectionKey,
  groupKey,
  suppressed: false,
  suppressionReason: null,
  contributorsBand: band,
  median,
  lowerQuartile: median - 12,
  upperQuartile: median + 10,
  change,
});
const withheld = (sectionKey: string, groupKey: string, reason: string): HeatmapCell => ({
  sectionKey,
  groupKey,
  suppressed: true,
  suppressionReason: reason,
  contributorsBand: 'c',
  median: null,
  lowerQuartile: null,
  upperQuartile: null,
  change: null,
});
const ALONE = 'Fewer than 5 other councils contributed, so the figure is withheld to protect their anonymity.';
const CLOSE = 'Its councils differ from "London boroughs" by fewer than 5, so showing both could reveal individual results.';

const base = { sections: SECTIONS, groups: GROUPS, round: '2025-26', previousRound: '2024-25', sectionLabel: 'Section' };

/** Every example, by name. */
export const HEATMAP_EXAMPLES: Record<HeatmapExampleName, HeatmapData> = {
  typical: {
    ...base,
    cells: [
      shown('performance-management', 'all', 61.9, 0.001),
      shown('performance-management', 'type:district', 61.9, 2.4, '100–199'),
      withheld('performance-management', 'type:city_of_london', ALONE),
      withheld('performance-management', 'region:London', CLOSE),
      shown('use-of-it', 'all', 50, -3.6),
      shown('use-of-it', 'type:district', 52.8, 5.6, '100–199'),
      withheld('use-of-it', 'type:city_of_london', ALONE),
      withheld('use-of-it', 'region:London', CLOSE),
    ],
  },
  empty: { ...base, sections: [], cells: [] },
  oneCouncil: {
    ...base,
    groups: [GROUPS[2]],
    cells: [withheld('performance-management', 'type:city_of_london', ALONE), withheld('use-of-it', 'type:city_of_london', ALONE)],
  },
  allEqual: {
    ...base,
    groups: GROUPS.slice(0, 2),
    cells: SECTIONS.flatMap((s) => GROUPS.slice(0, 2).map((g) => shown(s.key, g.key, 50, 0))),
  },
  // No previous round, and a withheld cell that leaked a median: it must not show.
  suppressed: {
    ...base,
    previousRound: null,
    groups: GROUPS.slice(0, 1),
    cells: [{ ...withheld('performance-management', 'all', ALONE), median: 44 }, shown('use-of-it', 'all', 50, null)],
  },
};
