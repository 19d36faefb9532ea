import { Field, InputType, ObjectType } from 'type-graphql';

import { Council } from '../../council/index';
import { IdField } from '../../../common/graphql/id-field';
import { GssCodeListField } from '../../../common/graphql/input-fields';
import { FieldOf } from '../../../common/graphql/object-fields';

@InputType({ description: 'Add councils to a collaboration group; each shares nothing until its lead consents.' })
export class InviteCouncilsToGroupInput {
  @IdField()
  groupId: string;

  @GssCodeListField({ minSize: 1, maxSize: 50 })
  councilGssCodes: string[];
}

@ObjectType({ description: 'A council that shares its identified results with the Planning Advisory Service, and since when.' })
export class PasSharingCouncil {
  @FieldOf(Council)
  council: Council;

  @Field({ description: "When the council's lead started sharing." })
  sharedAt: Date;
}
