import { ArrayMaxSize, ArrayMinSize, Matches } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

import { Council } from '../../council/index';
import { IdField } from '../../../common/graphql/id-field';

@InputType({ description: 'Add councils to a collaboration group; each shares nothing until its lead consents.' })
export class InviteCouncilsToGroupInput {
  @IdField()
  groupId: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(/^E\d{8}$/, { each: true, message: 'each councilGssCode must be an English GSS code such as E07000034' })
  councilGssCodes: string[];
}

@ObjectType({ description: 'A council that shares its identified results with the Planning Advisory Service, and since when.' })
export class PasSharingCouncil {
  @Field(() => Council)
  council: Council;

  @Field({ description: "When the council's lead started sharing." })
  sharedAt: Date;
}
