import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';

import { IdFieldColumn } from '../../common/entity-columns';
import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';

import { Council } from './council.entity';

export const CircumstanceKind = graphqlEnum(
  'CircumstanceKind',
  ['designated', 'at_risk_of_designation', 'cash_strapped', 'cruising', 'high_performing', 'needs_support'],
  'A circumstance that places a council in a peer group.',
);
export type CircumstanceKind = EnumValue<typeof CircumstanceKind>;

export const CircumstanceSource = graphqlEnum(
  'CircumstanceSource',
  ['official', 'pas_assigned', 'self_declared'],
  'Who says so: an official fact (dated), the Planning Advisory Service, or the council itself.',
);
export type CircumstanceSource = EnumValue<typeof CircumstanceSource>;

/**
 * A circumstance of a council in a round (e.g. "cash-strapped in 2026-27") or, for official facts
 * such as a s62A designation, over dates.
 */
@ObjectType()
@Entity({ name: 'council_circumstance' })
@Index('ix_council_circumstance_round', ['round', 'kind'])
export class CouncilCircumstance extends BaseEntity {
  @Index('ix_council_circumstance_council')
  @IdFieldColumn('council_id')
  councilId: string;

  @ForeignKey(() => Council, { column: 'council_id', constraint: 'fk_council_circumstance_council', onDelete: 'CASCADE' })
  council: Council;

  @FieldColumn(() => CircumstanceKind, { type: 'varchar', length: 40 })
  kind: CircumstanceKind;

  @FieldColumn(() => CircumstanceSource, { type: 'varchar', length: 20 })
  source: CircumstanceSource;

  @FieldColumn(
    () => String,
    { type: 'varchar', length: 7, nullable: true },
    { description: 'The round it applies to (e.g. "2026-27"); empty for dated official facts.' },
  )
  round: string | null;

  @FieldColumn(() => String, { name: 'starts_on', type: 'date', nullable: true }, { description: 'ISO date it started (official facts).' })
  startsOn: string | null;

  @FieldColumn(() => String, { name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @FieldColumn(
    () => String,
    { type: 'text', nullable: true },
    { description: 'Public note on the fact, e.g. the performance measure failed.' },
  )
  note: string | null;

  @Column({ name: 'source_urls', type: 'text', nullable: true })
  sourceUrls: string | null;

  @FieldColumn({ name: 'is_synthetic', type: 'boolean', default: false }, { description: 'True for generated demonstration data.' })
  isSynthetic: boolean;
}
