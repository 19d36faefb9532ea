/**
 * Named example datasets for the section comparison chart, in the way GOV.UK Frontend keeps
 * component examples: the domain specs, component tests, previews and accessibility checks all use
 * these, so every state the chart can be in is exercised in the same way everywhere.
 */
import type { SectionComparisonDatum } from './section-comparison.domain';

/** One named dataset with the words the chart needs around it. */
export type SectionComparisonExample = {
  description: string;
  councilName: string;
  sectionLabel: string;
  data: SectionComparisonDatum[];
};

/** The names of the examples. */
export type SectionComparisonExampleName =
  'typical' | 'empty' | 'singleSection' | 'allEqual' | 'suppressedRows' | 'nullCouncilScore' | 'invalidValues';

const SUPPRESSION_REASON = 'Fewer than 5 other councils contributed, so the figure is withheld to protect their anonymity.';

/** Builds a row that is not suppressed, from the five figures that matter. */
function row(
  key: string,
  title: string,
  councilScore: number | null,
  peerLowerQuartile: number,
  peerMedian: number,
  peerUpperQuartile: number,
  contributorsBand = '200+',
): SectionComparisonDatum {
  return {
    key,
    title,
    councilScore,
    peerMedian,
    peerLowerQuartile,
    peerUpperQuartile,
    contributorsBand,
    suppressed: false,
    suppressionReason: null,
  };
}

/** Builds a suppressed row: the council's own score stays, other councils' figures go. */
function suppressedRow(key: string, title: string, councilScore: number | null): SectionComparisonDatum {
  return {
    key,
    title,
    councilScore,
    peerMedian: null,
    peerLowerQuartile: null,
    peerUpperQuartile: null,
    contributorsBand: 'c',
    suppressed: true,
    suppressionReason: SUPPRESSION_REASON,
  };
}

// The DM Challenge Toolkit's fifteen sections, in the framework's order.
const typicalData: SectionComparisonDatum[] = [
  row('performance-management', 'Performance management', 62.4, 41.7, 54.2, 66.7),
  row('financial-management', 'Financial management', 48.1, 37.5, 50, 62.5),
  row('resource-management-team-set-up', 'Resource management (team set-up)', 70.8, 45.8, 58.3, 70.8),
  row('resource-management-work-allocation', 'Resource management (work allocation)', 66.7, 41.7, 55, 66.7),
  row('use-of-it', 'Use of IT', 75, 37.5, 50, 62.5),
  row('political-leadership-and-relationships', 'Political leadership and relationships', 45.8, 41.7, 56.3, 68.8),
  row('pre-application-advice', 'Pre-application advice', 58.3, 45.8, 58.3, 70.8),
  row('receipt-and-validation', 'Receipt and validation', 68.8, 50, 62.5, 75),
  row('consultation-and-allocation', 'Consultation and allocation', 60, 43.8, 56.3, 68.8),
  row('considering-the-application', 'Considering the application', 64.6, 47.9, 58.3, 70.8),
  row('writing-the-officer-report', 'Writing the officer report', 52.1, 45.8, 57.5, 68.8),
  row('the-decision', 'The decision (committee and delegated)', 70, 50, 62.5, 75),
  row('conditions-and-obligations', 'Conditions and obligations', 56.3, 43.8, 56.3, 68.8),
  row('appeals', 'Appeals', 37.5, 41.7, 54.2, 66.7, '100–199'),
  row('enforcement-and-monitoring', 'Enforcement and monitoring', 58.3, 37.5, 50, 62.5, '100–199'),
];

/** Every example, by name. */
export const SECTION_COMPARISON_EXAMPLES: Record<SectionComparisonExampleName, SectionComparisonExample> = {
  typical: {
    description: 'Fifteen sections, all comparable: mostly above the median, some below, two level.',
    councilName: 'Chesterfield',
    sectionLabel: 'Section',
    data: typicalData,
  },
  empty: {
    description: 'A framework with no sections.',
    councilName: 'Chesterfield',
    sectionLabel: 'Section',
    data: [],
  },
  singleSection: {
    description: 'One breakthrough area only.',
    councilName: 'Bolsover',
    sectionLabel: 'Breakthrough area',
    data: [row('leadership-and-culture', 'Leadership and culture', 66.7, 33.3, 50, 66.7, '50–99')],
  },
  allEqual: {
    description: 'Every council gave every section the same score, so the quartiles collapse onto the median.',
    councilName: 'Chesterfield',
    sectionLabel: 'Section',
    data: typicalData.slice(0, 4).map((d) => ({ ...d, councilScore: 50, peerLowerQuartile: 50, peerMedian: 50, peerUpperQuartile: 50 })),
  },
  suppressedRows: {
    description: 'Too few other councils assessed two sections, so their figures are withheld as "c".',
    councilName: 'Chesterfield',
    sectionLabel: 'Section',
    data: [
      row('performance-management', 'Performance management', 62.4, 41.7, 54.2, 66.7, '5–9'),
      suppressedRow('financial-management', 'Financial management', 48.1),
      row('use-of-it', 'Use of IT', 45, 37.5, 50, 62.5, '10–19'),
      suppressedRow('appeals', 'Appeals', null),
    ],
  },
  nullCouncilScore: {
    description: 'The council chose not to assess two of the sections.',
    councilName: 'Chesterfield',
    sectionLabel: 'Section',
    data: [
      row('performance-management', 'Performance management', 62.4, 41.7, 54.2, 66.7),
      row('financial-management', 'Financial management', null, 37.5, 50, 62.5),
      row('use-of-it', 'Use of IT', 45, 37.5, 50, 62.5),
      row('appeals', 'Appeals', null, 41.7, 54.2, 66.7),
    ],
  },
  invalidValues: {
    description: 'Values the API should never send (NaN, negative, above 100), which must not break the chart.',
    councilName: 'Chesterfield',
    sectionLabel: 'Section',
    data: [
      row('performance-management', 'Performance management', Number.NaN, 41.7, 54.2, 66.7),
      row('financial-management', 'Financial management', -5, -10, 20, 40),
      row('use-of-it', 'Use of IT', 120, 60, 80, 110),
    ],
  },
};
