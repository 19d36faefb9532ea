import { JoinColumn, ManyToOne } from 'typeorm';

type SamePlanParentOptions = {
  /** The column holding the parent's id, e.g. `heading_id`. */
  column: string;
  /** The foreign key's name, after what it guards: `fk_<table>_<parent>`. */
  constraint: string;
  onDelete: 'CASCADE' | 'RESTRICT';
  /** The parent's property listing its rows, where it has one. */
  inverse?: string;
};

/**
 * A plan row's parent (a challenge's heading, an action's challenge, an update's action) through the
 * pair (parent id, plan id), which the parent's table keeps unique: so a row can never hang under a
 * parent of another plan.
 */
export function SamePlanParent(
  parent: 'PlanHeading' | 'PlanChallenge' | 'PlanAction',
  { column, constraint, onDelete, inverse }: SamePlanParentOptions,
): PropertyDecorator {
  const relation = inverse ? ManyToOne(parent, inverse, { onDelete }) : ManyToOne(parent, { onDelete });
  const join = JoinColumn([
    { name: column, referencedColumnName: 'id', foreignKeyConstraintName: constraint },
    { name: 'plan_id', referencedColumnName: 'planId', foreignKeyConstraintName: constraint },
  ]);
  return (prototype, property) => {
    relation(prototype, property);
    join(prototype, property);
  };
}
