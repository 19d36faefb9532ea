import { Field, ID, ObjectType } from 'type-graphql';

import { BooleanField, FieldOf, IdValueField, IntField, NullableField, TextField } from '../../../common/graphql/object-fields';
import { FrameworkItem, FrameworkSection, RatingLevel } from '../dependencies';
import { PlanAction } from '../plan-action.entity';
import { PlanSource } from '../plan-challenge.entity';
import { RagStatus } from '../plan-status';

@ObjectType({ description: 'How many actions have each latest status.' })
export class PlanStatusCounts {
  @IntField()
  red: number;

  @IntField()
  amber: number;

  @IntField()
  green: number;

  @IntField('Complete.')
  blue: number;

  @IntField('Actions with no progress update yet.')
  noUpdate: number;

  @IntField()
  total: number;
}

@ObjectType({ description: 'An action with where it sits in the plan, for views that list actions across headings.' })
export class PlanActionEntry {
  @FieldOf(PlanAction)
  action: PlanAction;

  @IdValueField()
  headingId: string;

  @Field()
  headingTitle: string;

  @IdValueField()
  challengeId: string;

  @Field()
  challengeTitle: string;
}

@ObjectType({ description: 'The actions whose latest status is one status (or that have no update yet, when status is null).' })
export class PlanStatusGroup {
  @NullableField(RagStatus)
  status: RagStatus | null;

  @TextField('e.g. "Blue (complete)", "No update yet".')
  label: string;

  @FieldOf([PlanActionEntry])
  actions: PlanActionEntry[];
}

@ObjectType({ description: 'The plan by status on one day, with what is overdue and due soon.' })
export class PlanStatusView {
  @Field()
  asOf: string;

  @IntField()
  dueSoonDays: number;

  @FieldOf(PlanStatusCounts)
  counts: PlanStatusCounts;

  @FieldOf([PlanStatusGroup], 'Red, Amber, Green, Blue, then no update yet; every group is present, possibly empty.')
  byStatus: PlanStatusGroup[];

  @FieldOf([PlanActionEntry], 'Target passed and not Blue, most overdue first.')
  overdue: PlanActionEntry[];

  @FieldOf([PlanActionEntry], 'Not Blue and due within dueSoonDays, soonest first.')
  dueSoon: PlanActionEntry[];
}

@ObjectType({ description: 'Counts by status at the end of one month: one point of the series the dashboard charts.' })
export class PlanStatusPoint extends PlanStatusCounts {
  @TextField('The last day of the month (YYYY-MM-DD).')
  date: string;
}

@ObjectType({
  description: 'One breakthrough question: whether any of the plan\u2019s actions is linked to it, beside the council\u2019s own answers.',
})
export class BreakthroughCoverageRow {
  @FieldOf(FrameworkItem)
  item: FrameworkItem;

  @FieldOf(FrameworkSection)
  section: FrameworkSection;

  @IntField('Actions under challenges linked to this question.')
  linkedActions: number;

  @FieldOf([ID])
  linkedChallengeIds: string[];

  @NullableField(RatingLevel, 'The council\u2019s agreed progress rating in its latest submitted assessment.')
  progress: RatingLevel | null;

  @NullableField(RatingLevel, 'The council\u2019s own answer to "does the improvement plan address this?" in that assessment.')
  planCoverageAnswer: RatingLevel | null;

  @BooleanField('The answer says Yes or Partially but no action is linked, or No while actions are linked.')
  disagrees: boolean;
}

@ObjectType({
  description: 'For each breakthrough question, whether the plan acts on it, beside what the council said in its latest assessment.',
})
export class PlanBreakthroughCoverage {
  @NullableField(String, 'The round of the assessment the answers come from; null when the council has none submitted.')
  assessmentRound: string | null;

  @NullableField(ID)
  assessmentId: string | null;

  @FieldOf([RatingLevel], 'The progress scale, lowest first: the matrix rows.')
  progressLevels: RatingLevel[];

  @FieldOf([RatingLevel], 'The "addressed in the plan" scale, lowest first: the matrix columns.')
  coverageLevels: RatingLevel[];

  @FieldOf([BreakthroughCoverageRow])
  questions: BreakthroughCoverageRow[];
}

@ObjectType({ description: 'A challenge pre-filled from a weak spot, to review before adding it to the plan.' })
export class PlanChallengeSuggestion {
  @TextField('A starting wording for the challenge.')
  title: string;

  @FieldOf(PlanSource)
  source: PlanSource;

  @TextField('A suggested heading title: a local theme named after the source (the council may choose a core element instead).')
  suggestedHeadingTitle: string;

  @FieldOf([String], "The section's top tips, offered as starting actions.")
  suggestedActions: string[];
}
