import { InputType } from 'type-graphql';

import { AssessmentCadence } from '../assessment.entity';
import { IdField } from '../../../common/graphql/id-field';
import { EnumField, OptionalTextField, TextListField } from '../../../common/graphql/input-fields';

@InputType({ description: "An assessment's plan; a field left out keeps its value, an empty list of sections means every section." })
export class PlanAssessmentInput {
  @IdField()
  assessmentId: string;

  @TextListField(
    { maxSize: 100, maxLength: 100 },
    { nullable: true, description: 'Keys of the sections (areas) to include; empty for all.' },
  )
  sectionKeys?: string[] | null;

  @TextListField(
    { maxSize: 1000, maxLength: 100 },
    { nullable: true, description: 'Keys of statements that do not matter to the council: they are skipped.' },
  )
  skippedItemKeys?: string[] | null;

  @OptionalTextField(4000)
  purpose?: string | null;

  @OptionalTextField(200)
  chair?: string | null;

  @OptionalTextField(200)
  noteTaker?: string | null;

  @EnumField(AssessmentCadence, { nullable: true })
  cadence?: AssessmentCadence | null;

  @OptionalTextField(500)
  actionTimescale?: string | null;
}
