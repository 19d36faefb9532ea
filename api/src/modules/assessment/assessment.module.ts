import { defineModule, type ServiceDeps } from '../../common/module';
import type { CouncilService } from '../council/index';
import type { FrameworkService } from '../framework/index';

import { AgreedRating } from './agreed-rating.entity';
import { Assessment } from './assessment.entity';
import { ASSESSMENT_ERROR_CLASSES } from './assessment.errors';
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
  errorCodes: ASSESSMENT_ERROR_CLASSES,
});
