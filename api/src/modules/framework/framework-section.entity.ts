import { Entity, Index, OneToMany } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

import { IdFieldColumn } from '../../common/entity-columns';
import { FieldColumn } from '../../common/field-column';
import { ForeignKey } from '../../common/foreign-key';

import { FrameworkItem } from './framework-item.entity';
import type { Framework } from './framework.entity';
import { FrameworkPart } from './framework-part.entity';

@ObjectType({ description: 'A section (or breakthrough area, theme, core element) of a framework version.' })
@Entity({ name: 'framework_section' })
@Index('uq_framework_section_key', ['frameworkId', 'key'], { unique: true })
export class FrameworkSection extends FrameworkPart {
  @IdFieldColumn('framework_id')
  frameworkId: string;

  @ForeignKey('Framework', {
    column: 'framework_id',
    constraint: 'fk_framework_section_framework',
    onDelete: 'CASCADE',
    inverse: 'sections',
  })
  framework: Framework;

  @FieldColumn(
    () => [String],
    { type: 'jsonb', default: () => "'[]'" },
    { description: "Practical tips for improving in this section ('top tips')." },
  )
  tips: string[];

  @Field(() => [FrameworkItem], { description: 'In order.' })
  @OneToMany(() => FrameworkItem, (item) => item.section)
  items: FrameworkItem[];
}
