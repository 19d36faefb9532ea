import { AgreedRating } from './modules/assessment/agreed-rating.entity';
import { Assessment } from './modules/assessment/assessment.entity';
import { AssessmentScore } from './modules/assessment/assessment-score.entity';
import { Participant } from './modules/assessment/participant.entity';
import { ParticipantResponse } from './modules/assessment/participant-response.entity';
import { SubmissionIdempotency } from './modules/assessment/submission-idempotency.entity';
import { ApiToken } from './modules/auth/api-token.entity';
import { SignInFailure } from './modules/auth/sign-in-attempt.entity';
import { User } from './modules/auth/user.entity';
import { UserSession } from './modules/auth/user-session.entity';
import { CollaborationGroup } from './modules/collaboration/collaboration-group.entity';
import { CollaborationMember } from './modules/collaboration/collaboration-member.entity';
import { PasSharing } from './modules/collaboration/pas-sharing.entity';
import { Council } from './modules/council/council.entity';
import { CouncilCircumstance } from './modules/council/council-circumstance.entity';
import { Framework } from './modules/framework/framework.entity';
import { FrameworkItem } from './modules/framework/framework-item.entity';
import { FrameworkSection } from './modules/framework/framework-section.entity';
import { FrameworkTheme } from './modules/framework/framework-theme.entity';
import { RatingDimension } from './modules/framework/rating-dimension.entity';
import { RatingLevel } from './modules/framework/rating-level.entity';
import { IMPROVEMENT_PLAN_ENTITIES } from './modules/improvement-plan/improvement-plan.entities';

/** Every entity the data source maps; a new entity must be listed here and created by a migration. */
export const ENTITIES = [
  Framework,
  FrameworkSection,
  FrameworkItem,
  FrameworkTheme,
  RatingDimension,
  RatingLevel,
  Council,
  CouncilCircumstance,
  Assessment,
  Participant,
  ParticipantResponse,
  AgreedRating,
  AssessmentScore,
  SubmissionIdempotency,
  User,
  UserSession,
  ApiToken,
  SignInFailure,
  CollaborationGroup,
  CollaborationMember,
  PasSharing,
  ...IMPROVEMENT_PLAN_ENTITIES,
];
