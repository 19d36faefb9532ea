import { Column, Entity } from 'typeorm';

import { UpdatedAtColumn, UuidPrimaryColumn } from '../../common/entity-columns';
import { ForeignKey } from '../../common/foreign-key';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';

import { FrameworkItem } from './dependencies';
import { FacilitatedSession } from './facilitated-session.entity';

export const StatementPhase = graphqlEnum(
  'StatementPhase',
  ['scoring', 'revealed', 'agreed', 'skipped'],
  'scoring: participants score privately and may change their score. revealed: the spread is shown, scores are locked. ' +
    'agreed: the facilitator recorded the agreed level. skipped: "not important to us".',
);
export type StatementPhase = EnumValue<typeof StatementPhase>;

/** Where one statement stands in one session: its phase and the current vote round (a re-vote starts a new round). */
@Entity({ name: 'session_item_state' })
export class SessionItemState {
  @UuidPrimaryColumn('session_id', 'pk_session_item_state')
  sessionId: string;

  @UuidPrimaryColumn('item_id', 'pk_session_item_state')
  itemId: string;

  @Column({ type: 'varchar', length: 20 })
  phase: StatementPhase;

  @Column({ name: 'vote_round', type: 'int', default: 1 })
  voteRound: number;

  /** The agreed levels (one per dimension) once agreed; the notes and evidence are kept with the assessment's agreed rating. */
  @Column({ name: 'agreed_level_ids', type: 'uuid', array: true, default: () => "'{}'" })
  agreedLevelIds: string[];

  @UpdatedAtColumn()
  updatedAt: Date;

  @ForeignKey(() => FacilitatedSession, { column: 'session_id', constraint: 'fk_session_item_state_session', onDelete: 'CASCADE' })
  session: FacilitatedSession;

  @ForeignKey(() => FrameworkItem, { column: 'item_id', constraint: 'fk_session_item_state_item', onDelete: 'RESTRICT' })
  item: FrameworkItem;
}
