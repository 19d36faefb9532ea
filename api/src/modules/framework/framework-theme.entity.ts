import { Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';

import { UuidColumn } from '../../common/entity-columns';
import { ForeignKey } from '../../common/foreign-key';

import type { Framework } from './framework.entity';
import { FrameworkPart } from './framework-part.entity';

@ObjectType({ description: 'A cross-cutting theme; an item may sit under several.' })
@Entity({ name: 'framework_theme' })
@Index('uq_framework_theme_key', ['frameworkId', 'key'], { unique: true })
export class FrameworkTheme extends FrameworkPart {
  @UuidColumn('framework_id')
  frameworkId: string;

  @ForeignKey('Framework', { column: 'framework_id', constraint: 'fk_framework_theme_framework', onDelete: 'CASCADE', inverse: 'themes' })
  framework: Framework;
}
