import { ObjectType } from 'type-graphql';

import { FieldOf, IdValueField, IntField } from '../../../common/graphql/object-fields';
import { graphqlEnum, type EnumValue } from '../../../common/register-enum';

export const SessionEventKind = graphqlEnum(
  'SessionEventKind',
  [
    'participant_joined',
    'vote_changed',
    'statement_opened',
    'revealed',
    'revote_started',
    'agreed',
    'skipped',
    'joining_closed',
    'joining_reopened',
    'ended',
  ],
  'What changed in a session.',
);
export type SessionEventKind = EnumValue<typeof SessionEventKind>;

/**
 * A change to a session, carried by a subscription: it says what changed, never the data. The
 * client reads the state again with its query (facilitatorSession, presenterSession or
 * participantSession), also on connect and reconnect, so nothing is lost when a phone sleeps.
 */
@ObjectType({ description: 'A change to a session: re-read its state with the query; on (re)connect read it once anyway.' })
export class SessionEvent {
  @IdValueField()
  sessionId: string;

  @FieldOf(SessionEventKind)
  kind: SessionEventKind;

  @IntField('Increases with every change, across all sessions and API processes: tells a repeated delivery from a new change.')
  version: number;
}
