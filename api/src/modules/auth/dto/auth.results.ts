import { Field, ObjectType } from 'type-graphql';

import { ApiToken } from '../api-token.entity';
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

@ObjectType({ description: 'A new API token; the token itself is shown only this once.' })
export class CreatedApiToken {
  @Field(() => ApiToken)
  apiToken: ApiToken;

  @Field({ description: 'Send as "Authorization: Bearer <token>". Store it safely: it cannot be shown again.' })
  token: string;
}
