/**
 * Everything this module uses from other modules, in one place, so that when those modules publish
 * an index.ts only these lines change.
 */
export { ParticipantRole } from '../assessment/participant.entity';
export { Assessment, AssessmentStatus } from '../assessment/assessment.entity';
export { Council } from '../council/council.entity';
export type { AssessmentService, SessionOutcome } from '../assessment/assessment.service';
export type { AuthService } from '../auth/auth.service';
export type { FrameworkService } from '../framework/framework.service';
export { FrameworkIndex } from '../framework/framework.service';
export { Framework } from '../framework/framework.entity';
export { FrameworkItem } from '../framework/framework-item.entity';
export { FrameworkSection } from '../framework/framework-section.entity';
export { RatingDimension } from '../framework/rating-dimension.entity';
export { RatingLevel } from '../framework/rating-level.entity';
