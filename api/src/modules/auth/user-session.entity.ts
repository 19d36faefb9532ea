import { Entity } from 'typeorm';

import { TimestampColumn } from '../../common/entity-columns';

import { HashedTokenRecord } from './hashed-token-record';

/**
 * A browser session, kept in the database so any API process can serve it. Only a hash of the
 * cookie's token is stored: a copy of this table cannot be used to sign in.
 */
@Entity({ name: 'user_session' })
export class UserSession extends HashedTokenRecord('user_session') {
  @TimestampColumn('revoked_at', { nullable: true })
  revokedAt: Date | null;
}
