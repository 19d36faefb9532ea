/** Everything this module uses from other modules, each through that module's index, in one place. */
export { Assessment, AssessmentStatus, type AssessmentService, ParticipantRole, type SessionOutcome } from '../assessment/index';
export type { AuthService } from '../auth/index';
export { Council } from '../council/index';
export {
  Framework,
  FrameworkIndex,
  FrameworkItem,
  FrameworkSection,
  type FrameworkService,
  RatingDimension,
  RatingLevel,
} from '../framework/index';
