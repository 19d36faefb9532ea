import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';

import { IntField, NullableField } from '../../../common/graphql/object-fields';
import { CouncilType } from '../council.entity';
import { EnumField, OptionalTextField } from '../../../common/graphql/input-fields';

export const MAX_COUNCILS_PAGE = 500;

@InputType({ description: 'Narrow the list of councils; all parts are optional and combine with AND.' })
export class CouncilFilter {
  @OptionalTextField(100, { description: 'Case-insensitive part of the name or official name.' })
  search?: string | null;

  @EnumField(CouncilType, { nullable: true })
  type?: CouncilType | null;

  @OptionalTextField(60)
  region?: string | null;
}

@ArgsType()
export class CouncilsArgs {
  @NullableField(CouncilFilter)
  @IsOptional()
  filter?: CouncilFilter | null;

  @Field(() => Int, { description: `Page size, at most ${MAX_COUNCILS_PAGE} (enough for every English authority).` })
  @IsInt()
  @Min(1)
  @Max(MAX_COUNCILS_PAGE)
  take: number = MAX_COUNCILS_PAGE;

  @IntField()
  @IsInt()
  @Min(0)
  skip: number = 0;
}
