import { ObjectType } from 'type-graphql';

import { FieldOf, TextField } from '../../../common/graphql/object-fields';
import { User } from '../user.entity';

@ObjectType({ description: 'An invited user and the one-time invitation token to pass on to them.' })
export class Invitation {
  @FieldOf(User)
  user: User;

  @TextField('Shown once; the invitee sets a password with it (acceptInvitation).')
  invitationToken: string;

  @TextField('The address to send the invitee: the dashboard page that sets the password, with the token after "#".')
  invitationLink: string;
}
