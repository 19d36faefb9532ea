import { ObjectType } from 'type-graphql';

import { FieldOf, TextField } from '../../../common/graphql/object-fields';
import { ApiToken } from '../api-token.entity';

@ObjectType({ description: 'A new API token; the token itself is shown only this once.' })
export class CreatedApiToken {
  @FieldOf(ApiToken)
  apiToken: ApiToken;

  @TextField('Send as "Authorization: Bearer <token>". Store it safely: it cannot be shown again.')
  token: string;
}
