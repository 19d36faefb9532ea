import { IsOptional } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';

import { NullableField } from '../../../common/graphql/object-fields';
import { IsRound } from '../../../common/round';
import { CircumstanceKind } from '../council-circumstance.entity';
import { IdField } from '../../../common/graphql/id-field';
import { EnumField, GssCodeField } from '../../../common/graphql/input-fields';

@InputType({ description: "Record a council's circumstance for a round; the source follows from who records it." })
export class RecordCircumstanceInput {
  @GssCodeField()
  councilGssCode: string;

  @EnumField(CircumstanceKind)
  kind: CircumstanceKind;

  @Field()
  @IsRound()
  round: string;
}

@ArgsType()
export class CircumstancesArgs {
  @GssCodeField()
  councilGssCode: string;

  @NullableField(String)
  @IsOptional()
  @IsRound()
  round?: string | null;
}

@ArgsType()
export class RemoveCircumstanceArgs {
  @IdField()
  id: string;
}
