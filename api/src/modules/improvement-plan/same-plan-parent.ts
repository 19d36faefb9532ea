import { JoinColumn, ManyToOne } from 'typeorm';

/**
 * A plan row's parent (a challenge's heading, an action's challenge) through the pair (parent id,
 * plan id), which the parent's table keeps unique: so a row can never hang under a parent of another
 * plan. Deleting the parent deletes its rows.
 */
export function SamePlanParent(
  parent: 'PlanHeading' | 'PlanChallenge',
  inverse: string,
  { column, constraint }: { column: string; constraint: string },
): PropertyDecorator {
  const relation = ManyToOne(parent, inverse, { onDelete: 'CASCADE' });
  const join = JoinColumn([
    { name: column, referencedColumnName: 'id', foreignKeyConstraintName: constraint },
    { name: 'plan_id', referencedColumnName: 'planId', foreignKeyConstraintName: constraint },
  ]);
  return (prototype, property) => {
    relation(prototype, property);
    join(prototype, property);
  };
}
