import { Field, ObjectType } from 'type-graphql';

import { User } from '../user.entity';

@ObjectType({ description: 'An invited user and the one-time invitation token to pass on to them.' })
export class Invitation {
  @Field(() => User)
  user: User;

  @Field({ description: 'Shown once; the invitee sets a password with it (acceptInvitation).' })
  invitationToken: string;

  @Field({ description: 'The address to send the invitee: the dashboard page that sets the password, with the token after "#".' })
  invitationLink: string;
}
