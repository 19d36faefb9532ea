import { IsEnum, IsOptional, Matches } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';

import { IsRound } from '../../../common/round';
import { CircumstanceKind } from '../council-circumstance.entity';
import { IdField } from '../../../common/graphql/id-field';

@InputType({ description: "Record a council's circumstance for a round; the source follows from who records it." })
export class RecordCircumstanceInput {
  @Field()
  @Matches(/^E\d{8}$/, { message: 'councilGssCode must be an English GSS code such as E07000034' })
  councilGssCode: string;

  @Field(() => CircumstanceKind)
  @IsEnum(CircumstanceKind)
  kind: CircumstanceKind;

  @Field()
  @IsRound()
  round: string;
}

@ArgsType()
export class CircumstancesArgs {
  @Field()
  @Matches(/^E\d{8}$/, { message: 'councilGssCode must be an English GSS code such as E07000034' })
  councilGssCode: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsRound()
  round?: string | null;
}

@ArgsType()
export class RemoveCircumstanceArgs {
  @IdField()
  id: string;
}
