import { Length } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';

import { BooleanField } from '../../../common/graphql/object-fields';
import { IdField } from '../../../common/graphql/id-field';
import { BoundedTextField, GssCodeListField } from '../../../common/graphql/input-fields';

@InputType({ description: "A new collaboration group and its member councils; each council's lead must then consent." })
export class CreateCollaborationGroupInput {
  @Field()
  @Length(3, 200)
  name: string;

  @BoundedTextField(2000, { defaultValue: '' })
  description: string;

  @GssCodeListField({ minSize: 2, maxSize: 50 })
  councilGssCodes: string[];
}

@ArgsType()
export class SetCollaborationConsentArgs {
  @IdField()
  groupId: string;

  @BooleanField('true to share agreed ratings with the group, false to withdraw.')
  consent: boolean;
}

@ArgsType()
export class SetPasSharingArgs {
  @BooleanField('true to share identified results with the Planning Advisory Service, false to withdraw.')
  share: boolean;
}
