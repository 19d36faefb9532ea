/** Named example datasets for the now vs ambition chart, shared by its specs and checks. */
import type { NowAmbitionDatum, NowAmbitionOptions } from './now-ambition.domain';

/** The names of the examples. */
export type NowAmbitionExampleName = 'typical' | 'empty' | 'oneCouncil' | 'allEqual' | 'suppressed';

/** One named dataset with the words the chart needs around it. */
export type NowAmbitionExample = { description: string; options: NowAmbitionOptions; data: NowAmbitionDatum[] };

const row = (
  key: string,
  title: string,
  councilNow: number | null,
  councilAmbition: number | null,
  peerNow: number,
  peerAmbition: number,
  band = '100–199',
): NowAmbitionDatum => ({
  key,
  title,
  councilNow,
  councilAmbition,
  peerNow,
  peerAmbition,
  suppressed: false,
  suppressionReason: null,
  contributorsBand: band,
});
const withheld = (
  d: NowAmbitionDatum,
  reason = 'Fewer than 5 other councils contributed, so the figure is withheld to protect their anonymity.',
): NowAmbitionDatum => ({
  ...d,
  peerNow: null,
  peerAmbition: null,
  suppressed: true,
  suppressionReason: reason,
  contributorsBand: 'c',
});

const options: NowAmbitionOptions = { councilName: 'Chesterfield', peersLabel: 'district councils', sectionLabel: 'Theme' };

// The improvement self-assessment's six themes.
const typical = [
  row('process-redesign', 'Process redesign', 46.9, 59.4, 56.3, 65.6),
  row('customer-centric-design', 'Customer-centric design', 81.3, 81.3, 62.5, 75),
  row('commercialisation', 'Commercialisation', 75, 71.9, 56.3, 68.8),
  row('community-focus-and-prevention', 'Community focus and prevention', 90.6, 100, 62.5, 75),
  row('digital-and-data', 'Digital and data', null, null, 59.4, 68.8),
  row('workforce-and-culture', 'Workforce and culture', 50, 87.5, 56.3, 68.8),
];

/** Every example, by name. */
export const NOW_AMBITION_EXAMPLES: Record<NowAmbitionExampleName, NowAmbitionExample> = {
  typical: { description: 'Six themes: mostly aiming higher, one lower, one level, one not rated.', options, data: typical },
  empty: { description: 'A framework with no themes.', options, data: [] },
  oneCouncil: {
    description: 'The council is alone in its group, so every peer figure is withheld.',
    options,
    data: typical.slice(0, 3).map((d) => withheld(d)),
  },
  allEqual: {
    description: 'Now, ambition and the peers all at 50.',
    options,
    data: typical.slice(0, 2).map((d) => ({ ...d, councilNow: 50, councilAmbition: 50, peerNow: 50, peerAmbition: 50 })),
  },
  suppressed: {
    description: 'One theme withheld; a leaked median must not show.',
    options,
    data: [typical[0], { ...withheld(typical[1]), peerNow: 40 }],
  },
};
