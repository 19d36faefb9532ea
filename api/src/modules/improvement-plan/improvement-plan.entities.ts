import { ImprovementPlan } from './improvement-plan.entity';
import { PlanAction } from './plan-action.entity';
import { PlanChallenge } from './plan-challenge.entity';
import { PlanHeading } from './plan-heading.entity';
import { ProgressUpdate } from './progress-update.entity';

/** The module's entities, in the order their tables are created. */
export const IMPROVEMENT_PLAN_ENTITIES = [ImprovementPlan, PlanHeading, PlanChallenge, PlanAction, ProgressUpdate];
