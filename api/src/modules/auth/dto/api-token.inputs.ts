import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsInt, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';

import { API_TOKEN_MAX_DAYS, ApiTokenScope } from '../api-token.scopes';
import { IdField } from '../../../common/graphql/id-field';

@InputType({ description: 'A new API token: what it is for, what it may do, and when it stops working.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for.' })
  @Length(1, 100)
  name: string;

  @Field(() => [ApiTokenScope], { description: 'At least one of read and submit.' })
  @ArrayMinSize(1, { message: 'scopes must name at least one of read and submit' })
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsEnum(ApiTokenScope, { each: true })
  scopes: ApiTokenScope[];

  @Field(() => Int, { description: `Days until the token stops working: 1 to ${API_TOKEN_MAX_DAYS}.` })
  @IsInt()
  @Min(1, { message: 'expiresInDays must be at least 1' })
  @Max(API_TOKEN_MAX_DAYS, { message: `expiresInDays must be at most ${API_TOKEN_MAX_DAYS}` })
  expiresInDays: number;
}

@ArgsType()
export class RevokeApiTokenArgs {
  @IdField()
  id: string;
}
