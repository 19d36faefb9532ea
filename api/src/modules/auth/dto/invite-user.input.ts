import { IsEmail, IsEnum, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { UserRole } from '../../../common/auth/viewer';

@InputType({ description: 'Invite someone to Touchstone. Council roles need the council.' })
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => UserRole)
  @IsEnum(UserRole)
  role: UserRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^E\d{8}$/, { message: 'councilGssCode must be an English GSS code such as E07000034' })
  councilGssCode?: string | null;
}
