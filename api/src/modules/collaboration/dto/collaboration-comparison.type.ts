import { Field, ObjectType } from 'type-graphql';

import { FieldOf, IntField } from '../../../common/graphql/object-fields';
import { Council } from '../../council/index';
import { Framework, FrameworkItem, FrameworkSection, RatingDimension, RatingLevel } from '../../framework/index';

@ObjectType({ description: "One item on one dimension across a collaboration group's councils, identified." })
export class CollaborationRow {
  @FieldOf(FrameworkItem)
  item: FrameworkItem;

  @FieldOf(FrameworkSection)
  section: FrameworkSection;

  @FieldOf(RatingDimension)
  dimension: RatingDimension;

  @Field(() => [RatingLevel], {
    nullable: 'items',
    description: "Each council's agreed level, in the order of `councils`; null where it has none.",
  })
  levels: (RatingLevel | null)[];

  @IntField('Highest minus lowest level position among the councils that rated it: where approaches differ most.')
  difference: number;
}

@ObjectType({ description: "A consenting collaboration group's agreed ratings side by side, sorted by where they differ most." })
export class CollaborationComparison {
  @Field()
  groupName: string;

  @FieldOf(Framework)
  framework: Framework;

  @Field()
  round: string;

  @FieldOf([Council], 'Members that consent to identified sharing; others are left out.')
  councils: Council[];

  @FieldOf([CollaborationRow])
  rows: CollaborationRow[];
}
