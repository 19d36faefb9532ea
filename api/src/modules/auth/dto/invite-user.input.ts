import { IsEmail, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { UserRoleInput } from './user-role.input';

@InputType({ description: 'Invite someone to Touchstone. Council roles need the council.' })
export class InviteUserInput extends UserRoleInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}
