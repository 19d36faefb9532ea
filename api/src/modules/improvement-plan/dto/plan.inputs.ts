import { Type } from 'class-transformer';
import { IsBoolean, Matches, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { FieldOf } from '../../../common/graphql/object-fields';
import { PlanSourceKind } from '../plan-challenge.entity';
import { RagStatus } from '../plan-status';
import { IdField } from '../../../common/graphql/id-field';
import {
  BoundedTextField,
  EnumField,
  GssCodeField,
  InputListField,
  NonEmptyTextField,
  OptionalTextField,
  TextListField,
} from '../../../common/graphql/input-fields';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: "Start a plan for a council: its headings begin with the peer challenge plan framework's five core elements." })
export class CreateImprovementPlanInput {
  @GssCodeField()
  councilGssCode: string;

  @NonEmptyTextField(200)
  title: string;

  @TextListField(
    { maxSize: 30, maxLength: 300 },
    { nullable: true, description: "The council's own themes, added as headings after the core elements." },
  )
  localThemes?: string[] | null;
}

@InputType()
export class AddPlanHeadingInput {
  @IdField()
  planId: string;

  @NonEmptyTextField(300, { description: 'A local theme of the council\u2019s own.' })
  title: string;
}

@InputType({
  description: 'Where a challenge came from. For framework links give frameworkKey and subjectKey; for a recommendation, its reference.',
})
export class PlanSourceInput {
  @EnumField(PlanSourceKind)
  kind: PlanSourceKind;

  @OptionalTextField(100, { description: 'A peer challenge recommendation\u2019s reference, e.g. "R4".' })
  reference?: string | null;

  @OptionalTextField(100, {
    description:
      'e.g. "dm-challenge-toolkit"; defaults from kind (DM_* the DM toolkit, BREAKTHROUGH_QUESTION improvement breakthroughs, AMBITION_THEME the improvement self-assessment).',
  })
  frameworkKey?: string | null;

  @OptionalTextField(100, {
    description: 'A section key (DM_SECTION), item key (DM_STATEMENT, BREAKTHROUGH_QUESTION) or theme key (AMBITION_THEME).',
  })
  subjectKey?: string | null;
}

@InputType({
  description:
    'An action. The target is written as councils write it and read on the server ("July 2014", "February 2014 – March 2015", "Ongoing", "Ongoing until 2016/17").',
})
export class PlanActionInput {
  @NonEmptyTextField(4000)
  description: string;

  @NonEmptyTextField(300, { description: 'A role or team, not a person\u2019s name.' })
  lead: string;

  @NonEmptyTextField(200)
  target: string;
}

@InputType()
export class AddPlanChallengeInput {
  @IdField()
  headingId: string;

  @NonEmptyTextField(4000)
  title: string;

  @BoundedTextField(4000, { description: 'Outcomes and measures of success.' })
  outcomes: string = '';

  @FieldOf(PlanSourceInput)
  @ValidateNested()
  @Type(() => PlanSourceInput)
  source: PlanSourceInput;

  @InputListField(
    () => PlanActionInput,
    { maxSize: 50 },
    { description: 'Starting actions, e.g. chosen from the suggestion\u2019s top tips.' },
  )
  actions: PlanActionInput[] = [];
}

@InputType({ description: 'Change a challenge\u2019s wording or outcomes; omitted fields stay as they are.' })
export class UpdatePlanChallengeInput {
  @IdField()
  challengeId: string;

  @OptionalTextField(4000)
  @MinLength(1)
  title?: string | null;

  @OptionalTextField(4000)
  outcomes?: string | null;
}

@InputType()
export class AddPlanActionInput extends PlanActionInput {
  @IdField()
  challengeId: string;
}

@InputType({
  description: 'Change an action\u2019s wording, lead or target; omitted fields stay as they are. Its progress history is never changed.',
})
export class UpdatePlanActionInput {
  @IdField()
  actionId: string;

  @OptionalTextField(4000)
  @MinLength(1)
  description?: string | null;

  @OptionalTextField(300)
  @MinLength(1)
  lead?: string | null;

  @OptionalTextField(200)
  @MinLength(1)
  target?: string | null;
}

@InputType({ description: 'A dated progress update, appended to the action\u2019s history.' })
export class AddProgressUpdateInput {
  @IdField()
  actionId: string;

  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @Matches(ISO_DATE, { message: 'date must be written YYYY-MM-DD' })
  date: string;

  @NonEmptyTextField(4000)
  text: string;

  @EnumField(RagStatus)
  status: RagStatus;
}

@InputType({ description: 'Share a plan with the council\u2019s consenting collaboration partners and/or PAS, or withdraw it.' })
export class SetPlanSharingInput {
  @IdField()
  planId: string;

  @Field()
  @IsBoolean()
  withPartners: boolean;

  @Field()
  @IsBoolean()
  withPas: boolean;
}

@InputType({
  description: 'A weak spot to turn into a challenge: a DM section or statement, a breakthrough question or an ambition theme.',
})
export class PlanSuggestionInput {
  @EnumField(PlanSourceKind)
  kind: PlanSourceKind;

  @OptionalTextField(100, { description: 'Defaults from kind, as in PlanSourceInput.' })
  frameworkKey?: string | null;

  @NonEmptyTextField(100, { description: 'Section, item or theme key.' })
  subjectKey: string;
}
