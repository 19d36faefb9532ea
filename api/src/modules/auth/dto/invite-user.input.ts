import { InputType } from 'type-graphql';

import { EmailField } from './auth.inputs';
import { UserRoleInput } from './user-role.input';

@InputType({ description: 'Invite someone to Touchstone. Council roles need the council.' })
export class InviteUserInput extends UserRoleInput {
  @EmailField()
  email: string;
}
