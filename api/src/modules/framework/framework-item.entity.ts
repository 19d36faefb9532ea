import { Entity, Index, JoinTable, ManyToMany } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

import { IdFieldColumn } from '../../common/entity-columns';
import { BaseEntity } from '../../common/base.entity';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';

import type { Framework } from './framework.entity';
import type { FrameworkSection } from './framework-section.entity';
import { FrameworkTheme } from './framework-theme.entity';

@ObjectType({ description: 'A statement or question that participants rate (or, in a plan template, a prompt).' })
@Entity({ name: 'framework_item' })
@Index('uq_framework_item_key', ['frameworkId', 'key'], { unique: true })
export class FrameworkItem extends BaseEntity {
  @IdFieldColumn('framework_id')
  frameworkId: string;

  @ForeignKey('Framework', { column: 'framework_id', constraint: 'fk_framework_item_framework', onDelete: 'CASCADE' })
  framework: Framework;

  @Index('ix_framework_item_section')
  @IdFieldColumn('section_id')
  sectionId: string;

  @ForeignKey('FrameworkSection', { column: 'section_id', constraint: 'fk_framework_item_section', onDelete: 'CASCADE', inverse: 'items' })
  section: FrameworkSection;

  @FieldColumn(
    { type: 'varchar', length: 100 },
    { description: 'Stable key, unique within the framework version; used when submitting responses.' },
  )
  key: string;

  @FieldColumn({ type: 'text' })
  text: string;

  @FieldColumn(() => String, { type: 'text', nullable: true })
  guidance: string | null;

  @FieldColumn(() => Int, { type: 'int' })
  position: number;

  @Field(() => [FrameworkTheme], { description: 'Cross-cutting themes this item sits under (may be several).' })
  @ManyToMany(() => FrameworkTheme)
  @JoinTable({
    name: 'framework_item_theme',
    joinColumn: { name: 'item_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_framework_item_theme_item' },
    inverseJoinColumn: { name: 'theme_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_framework_item_theme_theme' },
  })
  themes: FrameworkTheme[];
}
