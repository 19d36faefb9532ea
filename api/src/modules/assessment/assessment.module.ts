import type { GraphQLErrorClass } from '../../common/errors/domain-error';
import { defineModule, type ServiceDeps } from '../../common/module';
import type { CouncilService } from '../council/index';
import type { FrameworkService } from '../framework/index';

import { AgreedRating } from './agreed-rating.entity';
import { Assessment } from './assessment.entity';
import { AssessmentErrorCode } from './assessment.errors';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentScore } from './assessment-score.entity';
import { AssessmentService } from './assessment.service';
import { Participant } from './participant.entity';
import { ParticipantResponse } from './participant-response.entity';
import { SubmissionIdempotency } from './submission-idempotency.entity';

/** A council's self-assessments: participants' responses, agreed ratings, submissions and their stored scores. */
export const assessmentModule = defineModule({
  name: 'assessment',
  entities: [Assessment, Participant, ParticipantResponse, AgreedRating, AssessmentScore, SubmissionIdempotency],
  createService: ({ dataSource, services }: ServiceDeps<{ framework: FrameworkService; council: CouncilService }>) =>
    new AssessmentService(dataSource, services.framework, services.council),
  resolvers: [
    {
      resolver: AssessmentResolver,
      create: (services) => new AssessmentResolver(services.assessment, services.council, services.framework),
    },
  ],
  errorCodes: {
    [AssessmentErrorCode.ASSESSMENT_NOT_FOUND]: 'NOT_FOUND',
    [AssessmentErrorCode.ITEM_NOT_FOUND]: 'BAD_USER_INPUT',
    [AssessmentErrorCode.DIMENSION_NOT_FOUND]: 'BAD_USER_INPUT',
    [AssessmentErrorCode.DIMENSION_REQUIRED]: 'BAD_USER_INPUT',
    [AssessmentErrorCode.LEVEL_NOT_FOUND]: 'BAD_USER_INPUT',
    [AssessmentErrorCode.LEVEL_NOT_IN_SCALE]: 'BAD_USER_INPUT',
    [AssessmentErrorCode.DUPLICATE_RATING]: 'BAD_USER_INPUT',
    [AssessmentErrorCode.ASSESSMENT_EMPTY]: 'BAD_USER_INPUT',
    [AssessmentErrorCode.SECTION_NOT_FOUND]: 'BAD_USER_INPUT',
    [AssessmentErrorCode.ASSESSMENT_DRAFT_EXISTS]: 'CONFLICT',
    [AssessmentErrorCode.ASSESSMENT_NOT_EDITABLE]: 'CONFLICT',
    [AssessmentErrorCode.ASSESSMENT_ALREADY_SUBMITTED]: 'CONFLICT',
    [AssessmentErrorCode.IDEMPOTENCY_KEY_REUSED]: 'CONFLICT',
  } satisfies Record<AssessmentErrorCode, GraphQLErrorClass>,
});
