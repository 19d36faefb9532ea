import { Column, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { FrameworkItem, RatingDimension, RatingLevel } from '../framework/index';

/**
 * The columns of a stored level for one item on one dimension (a participant's response, an agreed
 * rating): the item and dimension, which are part of the table's primary key, and the level given.
 * The framework rows are checked once per statement by touchstone_check_rated_content (framework
 * content is never deleted), not by foreign keys.
 */
export function RatedLevel(table: 'agreed_rating' | 'participant_response') {
  abstract class Rated {
    @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: `pk_${table}` })
    itemId: string;

    @PrimaryColumn({ name: 'dimension_id', type: 'uuid', primaryKeyConstraintName: `pk_${table}` })
    dimensionId: string;

    @Column({ name: 'level_id', type: 'uuid' })
    levelId: string;

    @ManyToOne(() => FrameworkItem, { createForeignKeyConstraints: false })
    @JoinColumn({ name: 'item_id' })
    item: FrameworkItem;

    @ManyToOne(() => RatingDimension, { createForeignKeyConstraints: false })
    @JoinColumn({ name: 'dimension_id' })
    dimension: RatingDimension;

    @ManyToOne(() => RatingLevel, { createForeignKeyConstraints: false })
    @JoinColumn({ name: 'level_id' })
    level: RatingLevel;
  }
  return Rated;
}
