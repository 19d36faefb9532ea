import { Field, ObjectType } from 'type-graphql';

import { BooleanField, FieldOf, IntField } from '../../../common/graphql/object-fields';
import { FrameworkSection } from '../../framework/index';
import { ParticipantRole } from '../participant.entity';

@ObjectType({
  description:
    'Where one section stands before submitting. Statements count once each (all dimensions agreed = agreed). ' +
    'Skipped statements are left out of `total`; a section not included has included = false and counts nothing.',
})
export class SectionCoverage {
  @FieldOf(FrameworkSection)
  section: FrameworkSection;

  @BooleanField('False when the plan leaves this section out; its counts are then all 0.')
  included: boolean;

  @IntField('Statements to rate: those of an included section, less the skipped ones.')
  total: number;

  @IntField('Statements with an agreed level on every dimension.')
  agreed: number;

  @IntField("Statements with participants' scores but no agreed level: scored by the participants' median.")
  scoredOnly: number;

  @IntField('Statements with neither: they count as unanswered in the scores.')
  unscored: number;

  @IntField('"Not important to us": not rated and not in total.')
  skipped: number;

  @Field({ description: 'Every statement to rate is agreed.' })
  get done(): boolean {
    return this.included && this.total > 0 && this.agreed === this.total;
  }
}

@ObjectType({ description: 'What the lead reviews before submitting: per section, and in total.' })
export class AssessmentCoverage {
  @FieldOf([SectionCoverage])
  sections: SectionCoverage[];

  @IntField()
  total: number;

  @IntField()
  agreed: number;

  @IntField()
  scoredOnly: number;

  @IntField()
  unscored: number;

  @IntField()
  skipped: number;

  @IntField('Included sections whose statements are all agreed.')
  sectionsDone: number;
}

@ObjectType({ description: 'Anonymous participants of one role.' })
export class ParticipantRoleCount {
  @FieldOf(ParticipantRole)
  role: ParticipantRole;

  @IntField()
  count: number;
}
