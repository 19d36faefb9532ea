import { Field, Int, ObjectType } from 'type-graphql';

import { FrameworkSection } from '../../framework/index';
import { ParticipantRole } from '../participant.entity';

@ObjectType({
  description:
    'Where one section stands before submitting. Statements count once each (all dimensions agreed = agreed). ' +
    'Skipped statements are left out of `total`; a section not included has included = false and counts nothing.',
})
export class SectionCoverage {
  @Field(() => FrameworkSection)
  section: FrameworkSection;

  @Field({ description: 'False when the plan leaves this section out; its counts are then all 0.' })
  included: boolean;

  @Field(() => Int, { description: 'Statements to rate: those of an included section, less the skipped ones.' })
  total: number;

  @Field(() => Int, { description: 'Statements with an agreed level on every dimension.' })
  agreed: number;

  @Field(() => Int, { description: "Statements with participants' scores but no agreed level: scored by the participants' median." })
  scoredOnly: number;

  @Field(() => Int, { description: 'Statements with neither: they count as unanswered in the scores.' })
  unscored: number;

  @Field(() => Int, { description: '"Not important to us": not rated and not in total.' })
  skipped: number;

  @Field({ description: 'Every statement to rate is agreed.' })
  get done(): boolean {
    return this.included && this.total > 0 && this.agreed === this.total;
  }
}

@ObjectType({ description: 'What the lead reviews before submitting: per section, and in total.' })
export class AssessmentCoverage {
  @Field(() => [SectionCoverage])
  sections: SectionCoverage[];

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  agreed: number;

  @Field(() => Int)
  scoredOnly: number;

  @Field(() => Int)
  unscored: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => Int, { description: 'Included sections whose statements are all agreed.' })
  sectionsDone: number;
}

@ObjectType({ description: 'Anonymous participants of one role.' })
export class ParticipantRoleCount {
  @Field(() => ParticipantRole)
  role: ParticipantRole;

  @Field(() => Int)
  count: number;
}
