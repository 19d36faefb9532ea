import { Field, ObjectType } from 'type-graphql';

import { ApiToken } from '../api-token.entity';

@ObjectType({ description: 'A new API token; the token itself is shown only this once.' })
export class CreatedApiToken {
  @Field(() => ApiToken)
  apiToken: ApiToken;

  @Field({ description: 'Send as "Authorization: Bearer <token>". Store it safely: it cannot be shown again.' })
  token: string;
}
