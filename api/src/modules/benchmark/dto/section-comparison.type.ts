import { Field, Float, ObjectType } from 'type-graphql';

import { Council } from '../../council/council.entity';
import { Framework } from '../../framework/framework.entity';
import { FrameworkSection } from '../../framework/framework-section.entity';
import { RatingDimension } from '../../framework/rating-dimension.entity';

@ObjectType({ description: "A section: the council's score beside the distribution of other councils' scores." })
export class SectionComparisonRow {
  @Field(() => FrameworkSection)
  section: FrameworkSection;

  @Field(() => Float, { nullable: true, description: "The council's own section score (0–100); null if it did not assess the section." })
  councilScore: number | null;

  @Field(() => Float, { nullable: true, description: "Median of other councils' section scores; null when suppressed." })
  peerMedian: number | null;

  @Field(() => Float, { nullable: true })
  peerLowerQuartile: number | null;

  @Field(() => Float, { nullable: true })
  peerUpperQuartile: number | null;

  @Field({ description: 'Number of other contributing councils as a band (e.g. "200+"), or "c" when suppressed.' })
  contributorsBand: string;

  @Field()
  suppressed: boolean;

  @Field(() => String, { nullable: true, description: 'Why the figures are withheld, when suppressed.' })
  suppressionReason: string | null;
}

@ObjectType({ description: "A council's section scores against all other councils' for one framework version, round and dimension." })
export class SectionComparison {
  @Field(() => Council)
  council: Council;

  @Field(() => Framework)
  framework: Framework;

  @Field(() => RatingDimension)
  dimension: RatingDimension;

  @Field()
  round: string;

  @Field({ description: 'Peer group compared against.' })
  peerGroup: string;

  @Field({ description: "Whether the council's own assessment for the round is synthetic demo data." })
  councilIsSynthetic: boolean;

  @Field({ description: 'Whether any compared assessment is synthetic demo data.' })
  includesSynthetic: boolean;

  @Field({ description: 'Whether the council submitted an assessment for this round.' })
  councilHasSubmitted: boolean;

  @Field(() => [SectionComparisonRow])
  rows: SectionComparisonRow[];
}
