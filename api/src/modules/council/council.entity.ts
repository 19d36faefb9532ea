import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';

import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';

export const CouncilType = graphqlEnum(
  'CouncilType',
  [
    'district',
    'unitary',
    'metropolitan_borough',
    'london_borough',
    'city_of_london',
    'county',
    'national_park_authority',
    'development_corporation',
  ],
  'Kind of authority, from the ONS and mySociety reference data.',
);
export type CouncilType = EnumValue<typeof CouncilType>;

/** A real English authority from the reference data (ONS GSS code, name, type, region). */
@ObjectType({ description: 'An English local or planning authority.' })
@Entity({ name: 'council' })
export class Council extends BaseEntity {
  @Index('uq_council_gss_code', { unique: true })
  @FieldColumn({ name: 'gss_code', type: 'varchar', length: 9 }, { description: 'ONS GSS code (2025 vintage), e.g. E07000034.' })
  gssCode: string;

  @FieldColumn({ type: 'varchar', length: 200 }, { description: 'ONS name, e.g. "Chesterfield".' })
  name: string;

  @FieldColumn(
    { name: 'official_name', type: 'varchar', length: 200 },
    { description: 'The council\'s own name, e.g. "Chesterfield Borough Council".' },
  )
  officialName: string;

  @Index('ix_council_type')
  @FieldColumn(() => CouncilType, { type: 'varchar', length: 40 })
  type: CouncilType;

  @Index('ix_council_region')
  @FieldColumn(
    () => String,
    { type: 'varchar', length: 60, nullable: true },
    { description: 'ONS region; empty for national park authorities, which cross regions.' },
  )
  region: string | null;

  @FieldColumn(() => String, { name: 'region_code', type: 'varchar', length: 9, nullable: true })
  regionCode: string | null;

  @FieldColumn(
    () => String,
    { name: 'county_name', type: 'varchar', length: 200, nullable: true },
    { description: "For two-tier districts, the county council's name." },
  )
  countyName: string | null;

  @Column({ name: 'county_gss_code', type: 'varchar', length: 9, nullable: true })
  countyGssCode: string | null;
}
