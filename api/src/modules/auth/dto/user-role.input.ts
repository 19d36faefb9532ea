import { IsEnum, IsOptional, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { UserRole } from '../../../common/auth/viewer';

/** A role and, for council roles, the council: what inviting someone and changing their role both give. Never used itself, so not in the schema. */
@InputType('UserRoleInput')
export abstract class UserRoleInput {
  @Field(() => UserRole)
  @IsEnum(UserRole)
  role: UserRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^E\d{8}$/, { message: 'councilGssCode must be an English GSS code such as E07000034' })
  councilGssCode?: string | null;
}
