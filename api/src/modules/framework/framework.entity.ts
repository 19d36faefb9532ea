import { Column, Entity, Index, OneToMany } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

import { IntField } from '../../common/graphql/object-fields';
import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';

import { FrameworkSection } from './framework-section.entity';
import { FrameworkTheme } from './framework-theme.entity';
import { RatingDimension } from './rating-dimension.entity';

export const FrameworkKind = graphqlEnum(
  'FrameworkKind',
  ['rating', 'plan'],
  'rating: items are rated on ordinal scales and can be benchmarked. plan: an improvement plan template, not a rating.',
);
export type FrameworkKind = EnumValue<typeof FrameworkKind>;

/** One version of a framework, loaded from content/. A loaded version never changes; new wording is a new version. */
@ObjectType({ description: 'One version of a self-assessment framework or plan template, with its provenance.' })
@Entity({ name: 'framework' })
@Index('uq_framework_key_version', ['key', 'version'], { unique: true })
export class Framework extends BaseEntity {
  @FieldColumn({ type: 'varchar', length: 100 }, { description: 'Stable key shared by all versions, e.g. "dm-challenge-toolkit".' })
  key: string;

  @FieldColumn({ type: 'varchar', length: 40 }, { description: 'Version label, starting with the source year, e.g. "2020".' })
  version: string;

  @FieldColumn({ type: 'varchar', length: 200 })
  title: string;

  @FieldColumn(() => FrameworkKind, { type: 'varchar', length: 20 })
  kind: FrameworkKind;

  @FieldColumn({ type: 'text' })
  summary: string;

  @FieldColumn(
    { name: 'section_label', type: 'varchar', length: 60 },
    { description: 'What this framework calls a section, e.g. "Section" or "Breakthrough area".' },
  )
  sectionLabel: string;

  @FieldColumn(
    { name: 'item_label', type: 'varchar', length: 60 },
    { description: 'What this framework calls an item, e.g. "Statement" or "Question".' },
  )
  itemLabel: string;

  @FieldColumn({ name: 'source_title', type: 'varchar', length: 300 }, { description: 'The source document this version reflects.' })
  sourceTitle: string;

  @FieldColumn({ name: 'source_publisher', type: 'varchar', length: 200 })
  sourcePublisher: string;

  @FieldColumn(() => Int, { name: 'source_year', type: 'int' })
  sourceYear: number;

  @FieldColumn(() => String, { name: 'source_url', type: 'varchar', length: 500, nullable: true })
  sourceUrl: string | null;

  @FieldColumn({ name: 'wording_note', type: 'text' }, { description: 'Whose wording the items are in, and how to load official wording.' })
  wordingNote: string;

  /** sha256 of the content file: a changed file under an existing version is refused at start-up. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Field(() => [FrameworkSection], { description: 'In order.' })
  @OneToMany(() => FrameworkSection, (section) => section.framework)
  sections: FrameworkSection[];

  @Field(() => [FrameworkTheme], { description: 'Cross-cutting themes; each item may sit under several.' })
  @OneToMany(() => FrameworkTheme, (theme) => theme.framework)
  themes: FrameworkTheme[];

  @Field(() => [RatingDimension], { description: 'The rating scales each item is rated on (one or more).' })
  @OneToMany(() => RatingDimension, (dimension) => dimension.framework)
  dimensions: RatingDimension[];

  @IntField('Number of items across all sections.')
  get itemCount(): number {
    return this.sections?.reduce((n, s) => n + s.items.length, 0) ?? 0;
  }
}
