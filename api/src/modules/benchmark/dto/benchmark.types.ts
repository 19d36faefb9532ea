import { Float, Int, ObjectType } from 'type-graphql';

import { BooleanField, FieldOf, IntField, NullableField, TextField } from '../../../common/graphql/object-fields';
import { graphqlEnum, type EnumValue } from '../../../common/register-enum';
import { Council } from '../../council/index';
import { Framework, FrameworkItem, FrameworkSection, RatingDimension, RatingLevel } from '../../framework/index';
import { PeerGroup } from '../../peer-group/index';

export const BenchmarkScope = graphqlEnum(
  'BenchmarkScope',
  ['section', 'theme', 'item'],
  'Compare sections (or areas), cross-cutting themes, or items.',
);
export type BenchmarkScope = EnumValue<typeof BenchmarkScope>;

export const QuartileBandValue = graphqlEnum(
  'QuartileBand',
  ['LOWEST_QUARTER', 'LOWER_MIDDLE', 'UPPER_MIDDLE', 'HIGHEST_QUARTER'],
  "Which quarter of the peers' distribution the council's score falls in.",
);
export type QuartileBandValue = EnumValue<typeof QuartileBandValue>;

export const CAVEATS = [
  'Self-assessment scores are each council\u2019s own judgement, not an inspection: compare them as indications, not verdicts.',
  'Peer figures exclude your own council and are withheld (shown as c) where too few councils contribute.',
  'Councils are not ranked: the position says where you sit against the middle of your peers.',
];

@ObjectType({
  description: "Where the council sits: a quartile band and a plain-language phrase in median absolute deviations from the peers' median.",
})
export class Position {
  @FieldOf(QuartileBandValue)
  band: QuartileBandValue;

  @TextField('e.g. "broadly similar to", "slightly above", "well below" — read as "<phrase> the median of <peer group>".')
  phrase: string;

  @NullableField(Float, 'Signed distance from the median in MADs; null when peers all agree.')
  madsFromMedian: number | null;
}

/** Figures about other councils as they leave disclosure control; shared by every comparison type. */
@ObjectType('DisclosedFigures')
abstract class DisclosedFigures {
  @BooleanField()
  suppressed: boolean;

  @NullableField(String)
  suppressionReason: string | null;

  @TextField('Other contributing councils as a band, or "c" when suppressed.')
  contributorsBand: string;

  @NullableField(Float)
  median: number | null;

  @NullableField(Float)
  lowerQuartile: number | null;

  @NullableField(Float)
  upperQuartile: number | null;

  @NullableField([Int], 'Percentage of other councils nearest each level of the scale, lowest first; null when withheld.')
  distribution: number[] | null;
}

@ObjectType({ description: "Other councils' figures for one peer group, after disclosure control." })
export class PeerComparison extends DisclosedFigures {
  @FieldOf(PeerGroup)
  peerGroup: PeerGroup;

  @NullableField(String)
  distributionSuppressionReason: string | null;

  @NullableField(Position, "Null when the council has no score here or the peers' figures are withheld.")
  position: Position | null;
}

@ObjectType({
  description: "A section, theme or item on one dimension: the council's score, coverage and spread, and each peer group's figures.",
})
export class SubjectPosition {
  @TextField()
  key: string;

  @TextField()
  title: string;

  @NullableField(String, 'For items, the section they belong to.')
  sectionKey: string | null;

  @FieldOf(RatingDimension)
  dimension: RatingDimension;

  @NullableField(Float)
  councilScore: number | null;

  @IntField()
  answered: number;

  @IntField()
  total: number;

  @NullableField(Float)
  spread: number | null;

  @FieldOf([PeerComparison])
  comparisons: PeerComparison[];
}

@ObjectType({ description: "A council's position against several peer groups." })
export class CouncilPosition {
  @FieldOf(Council)
  council: Council;

  @FieldOf(Framework)
  framework: Framework;

  @TextField('The round compared (the last of the window).')
  round: string;

  @FieldOf([String], "Rounds in the window: each council's latest submission among them is used.")
  rounds: string[];

  @FieldOf(BenchmarkScope)
  scope: BenchmarkScope;

  @FieldOf([PeerGroup])
  peerGroups: PeerGroup[];

  @BooleanField('Whether the council has a submission in the window.')
  councilHasSubmitted: boolean;

  @BooleanField('Whether any figure here comes from synthetic demonstration data.')
  includesSynthetic: boolean;

  @FieldOf([SubjectPosition])
  subjects: SubjectPosition[];

  @FieldOf([String])
  caveats: string[];
}

@ObjectType({ description: 'One section × peer group cell of the sector view.' })
export class SectorCell extends DisclosedFigures {
  @TextField()
  sectionKey: string;

  @TextField()
  peerGroupKey: string;

  @NullableField(Float, 'Median now minus the median in the previous round, where both are shown.')
  changeFromPrevious: number | null;
}

@ObjectType({ description: 'Sector-wide patterns for PAS: every section against every peer group.' })
export class SectorView {
  @FieldOf(Framework)
  framework: Framework;

  @FieldOf(RatingDimension)
  dimension: RatingDimension;

  @TextField()
  round: string;

  @NullableField(String)
  previousRound: string | null;

  @FieldOf([FrameworkSection])
  sections: FrameworkSection[];

  @FieldOf([PeerGroup])
  peerGroups: PeerGroup[];

  @FieldOf([SectorCell])
  cells: SectorCell[];

  @BooleanField()
  includesSynthetic: boolean;

  @FieldOf([String])
  caveats: string[];
}

@ObjectType({ description: "An item in the matrix: the council's level on each of the two dimensions." })
export class MatrixItem {
  @FieldOf(FrameworkItem)
  item: FrameworkItem;

  @FieldOf(FrameworkSection)
  section: FrameworkSection;

  @NullableField(RatingLevel)
  rowLevel: RatingLevel | null;

  @NullableField(RatingLevel)
  columnLevel: RatingLevel | null;

  @BooleanField('Lowest level on both dimensions (e.g. just starting and not in the plan): act on these first.')
  actFirst: boolean;
}

@ObjectType({ description: "One cell of the matrix: how many of the council's items fall in it, and the share of peers' items." })
export class MatrixCell {
  @FieldOf(RatingLevel)
  rowLevel: RatingLevel;

  @FieldOf(RatingLevel)
  columnLevel: RatingLevel;

  @IntField()
  councilItems: number;

  @NullableField(Int, "Percentage of other councils' rated items in this cell; null when withheld.")
  peerShare: number | null;
}

@ObjectType({
  description: 'The matrix of two dimensions (e.g. progress × plan coverage) for a council, with its peers\u2019 distribution.',
})
export class DimensionMatrix {
  @FieldOf(Council)
  council: Council;

  @FieldOf(Framework)
  framework: Framework;

  @TextField()
  round: string;

  @FieldOf(RatingDimension)
  rowDimension: RatingDimension;

  @FieldOf(RatingDimension)
  columnDimension: RatingDimension;

  @FieldOf([MatrixItem])
  items: MatrixItem[];

  @FieldOf([MatrixCell])
  cells: MatrixCell[];

  @BooleanField()
  peersSuppressed: boolean;

  @NullableField(String)
  peersSuppressionReason: string | null;

  @TextField()
  peersBand: string;

  @BooleanField()
  includesSynthetic: boolean;

  @FieldOf([String])
  caveats: string[];
}
