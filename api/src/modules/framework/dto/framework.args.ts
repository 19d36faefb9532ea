import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class FrameworksArgs {
  @Field(() => Boolean, { description: 'Only the newest version of each framework (default), or every version.' })
  latestOnly: boolean = true;
}

@ArgsType()
export class FrameworkArgs {
  @Field()
  @MaxLength(100)
  key: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the newest version.' })
  @IsOptional()
  @MaxLength(40)
  version?: string | null;
}
