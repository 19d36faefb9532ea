import { Field, ObjectType } from 'type-graphql';

import { TextField } from '../../common/graphql/object-fields';
import { CircumstanceKind, CouncilType } from '../council/index';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';

export const PeerGroupKind = graphqlEnum(
  'PeerGroupKind',
  ['all', 'type', 'region', 'circumstance'],
  'What a fixed peer group is defined by.',
);
export type PeerGroupKind = EnumValue<typeof PeerGroupKind>;

/** A fixed peer group: defined by a rule over council attributes or circumstances, evaluated per round. */
@ObjectType({ description: 'A fixed peer group, defined by a rule; membership is evaluated per round.' })
export class PeerGroup {
  @TextField('Stable key, e.g. "all", "type:district", "region:North West", "circumstance:cash-strapped".')
  key: string;

  @Field()
  label: string;

  @Field(() => PeerGroupKind)
  kind: PeerGroupKind;

  @Field({
    description:
      'True for a type or region group with fewer councils than any figure needs (DISCLOSURE_MIN_COUNCILS): its figures are always withheld, so it is not worth offering as a choice.',
  })
  alwaysWithheld: boolean = false;

  /** For type and region groups, the attribute value; for circumstance groups, the kinds that count. */
  value: string | null;
  circumstances: CircumstanceKind[];
}

const TYPE_LABELS: Record<CouncilType, string> = {
  [CouncilType.DISTRICT]: 'District councils',
  [CouncilType.UNITARY]: 'Unitary authorities',
  [CouncilType.METROPOLITAN_BOROUGH]: 'Metropolitan boroughs',
  [CouncilType.LONDON_BOROUGH]: 'London boroughs',
  [CouncilType.CITY_OF_LONDON]: 'City of London',
  [CouncilType.COUNTY]: 'County councils',
  [CouncilType.NATIONAL_PARK_AUTHORITY]: 'National park authorities',
  [CouncilType.DEVELOPMENT_CORPORATION]: 'Development corporations',
};

/** Circumstance groups: "designated or in danger of designation" combines the two official kinds. */
export const CIRCUMSTANCE_GROUPS: { slug: string; label: string; kinds: CircumstanceKind[] }[] = [
  {
    slug: 'designated-or-at-risk',
    label: 'Designated or in danger of designation',
    kinds: [CircumstanceKind.DESIGNATED, CircumstanceKind.AT_RISK_OF_DESIGNATION],
  },
  { slug: 'cash-strapped', label: 'Cash-strapped', kinds: [CircumstanceKind.CASH_STRAPPED] },
  { slug: 'cruising', label: "'Cruising'", kinds: [CircumstanceKind.CRUISING] },
  { slug: 'high-performing', label: 'High-performing', kinds: [CircumstanceKind.HIGH_PERFORMING] },
  { slug: 'needs-support', label: 'Needing specific support', kinds: [CircumstanceKind.NEEDS_SUPPORT] },
];

const group = (key: string, label: string, kind: PeerGroupKind, value: string | null = null, circumstances: CircumstanceKind[] = []) =>
  Object.assign(new PeerGroup(), { key, label, kind, value, circumstances });

/** Every fixed peer group, in the order they are preferred when two are too close to serve together. */
export function fixedPeerGroups(types: CouncilType[], regions: string[]): PeerGroup[] {
  return [
    group('all', 'All councils', PeerGroupKind.ALL),
    ...types.map((type) => group(`type:${type}`, TYPE_LABELS[type], PeerGroupKind.TYPE, type)),
    ...regions.map((region) => group(`region:${region}`, region, PeerGroupKind.REGION, region)),
    ...CIRCUMSTANCE_GROUPS.map((c) => group(`circumstance:${c.slug}`, c.label, PeerGroupKind.CIRCUMSTANCE, null, c.kinds)),
  ];
}
