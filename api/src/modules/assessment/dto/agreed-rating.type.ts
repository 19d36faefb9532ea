import { Authorized, ObjectType } from 'type-graphql';

import { FieldOf, NullableField } from '../../../common/graphql/object-fields';
import { UserRole } from '../../../common/auth/viewer';
import { FrameworkItem, RatingDimension, RatingLevel } from '../../framework/index';

@ObjectType({ description: "The council's agreed level for one item on one dimension." })
export class AgreedRatingView {
  @FieldOf(FrameworkItem)
  item: FrameworkItem;

  @FieldOf(RatingDimension)
  dimension: RatingDimension;

  @FieldOf(RatingLevel)
  level: RatingLevel;

  /** Free text never leaves the council: the service fills it only for the council's own users. */
  @Authorized(UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER)
  @NullableField(String, "The council's private note; only its own lead and members can read it.")
  note: string | null;

  @Authorized(UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER)
  @NullableField([String], 'Links or short texts backing the level; only its own lead and members can read them.')
  evidence: string[] | null;
}
