import { Field, ID, Int, ObjectType } from 'type-graphql';

import { registerEnum } from '../../../common/register-enum';

export enum SessionEventKind {
  PARTICIPANT_JOINED = 'participant_joined',
  VOTE_CHANGED = 'vote_changed',
  STATEMENT_OPENED = 'statement_opened',
  REVEALED = 'revealed',
  REVOTE_STARTED = 'revote_started',
  AGREED = 'agreed',
  SKIPPED = 'skipped',
  JOINING_CLOSED = 'joining_closed',
  JOINING_REOPENED = 'joining_reopened',
  ENDED = 'ended',
}
registerEnum({ SessionEventKind }, 'What changed in a session.');

/**
 * A change to a session, carried by a subscription: it says what changed, never the data. The
 * client reads the state again with its query (facilitatorSession, presenterSession or
 * participantSession), also on connect and reconnect, so nothing is lost when a phone sleeps.
 */
@ObjectType({ description: 'A change to a session: re-read its state with the query; on (re)connect read it once anyway.' })
export class SessionEvent {
  @Field(() => ID)
  sessionId: string;

  @Field(() => SessionEventKind)
  kind: SessionEventKind;

  @Field(() => Int, {
    description: 'Increases with every change, across all sessions and API processes: tells a repeated delivery from a new change.',
  })
  version: number;
}
