import { Column, Entity, Index, OneToMany } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

import { BaseEntity } from '../../common/base.entity';

import { FrameworkSection } from './framework-section.entity';
import { FrameworkTheme } from './framework-theme.entity';
import { RatingDimension } from './rating-dimension.entity';

export enum FrameworkKind {
  RATING = 'rating',
  PLAN = 'plan',
}
registerEnumType(FrameworkKind, {
  name: 'FrameworkKind',
  description: 'rating: items are rated on ordinal scales and can be benchmarked. plan: an improvement plan template, not a rating.',
});

/** One version of a framework, loaded from content/. A loaded version never changes; new wording is a new version. */
@ObjectType({ description: 'One version of a self-assessment framework or plan template, with its provenance.' })
@Entity({ name: 'framework' })
@Index('uq_framework_key_version', ['key', 'version'], { unique: true })
export class Framework extends BaseEntity {
  @Field({ description: 'Stable key shared by all versions, e.g. "dm-challenge-toolkit".' })
  @Column({ type: 'varchar', length: 100 })
  key: string;

  @Field({ description: 'Version label, starting with the source year, e.g. "2020".' })
  @Column({ type: 'varchar', length: 40 })
  version: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => FrameworkKind)
  @Column({ type: 'varchar', length: 20 })
  kind: FrameworkKind;

  @Field()
  @Column({ type: 'text' })
  summary: string;

  @Field({ description: 'What this framework calls a section, e.g. "Section" or "Breakthrough area".' })
  @Column({ name: 'section_label', type: 'varchar', length: 60 })
  sectionLabel: string;

  @Field({ description: 'What this framework calls an item, e.g. "Statement" or "Question".' })
  @Column({ name: 'item_label', type: 'varchar', length: 60 })
  itemLabel: string;

  @Field({ description: 'The source document this version reflects.' })
  @Column({ name: 'source_title', type: 'varchar', length: 300 })
  sourceTitle: string;

  @Field()
  @Column({ name: 'source_publisher', type: 'varchar', length: 200 })
  sourcePublisher: string;

  @Field(() => Int)
  @Column({ name: 'source_year', type: 'int' })
  sourceYear: number;

  @Field(() => String, { nullable: true })
  @Column({ name: 'source_url', type: 'varchar', length: 500, nullable: true })
  sourceUrl: string | null;

  @Field({ description: 'Whose wording the items are in, and how to load official wording.' })
  @Column({ name: 'wording_note', type: 'text' })
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

  @Field(() => Int, { description: 'Number of items across all sections.' })
  get itemCount(): number {
    return this.sections?.reduce((n, s) => n + s.items.length, 0) ?? 0;
  }
}
