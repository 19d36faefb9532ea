/** The assessment module's public surface: what other modules, the composition root, scripts and tests may use. */
export { Assessment, AssessmentStatus } from './assessment.entity';
export { assessmentModule } from './assessment.module';
export { type OwnScoreRow, ownScoresRead, type SubmittedAgreedRatingRow, submittedAgreedRatingsRead } from './assessment.reads';
export {
  type ComputedScore,
  type ParticipantRating,
  type Rating,
  scoreAssessment,
  type ScoringStructure,
  scoringStructureOf,
} from './assessment-scoring';
export { AssessmentService, type SessionOutcome } from './assessment.service';
export { BULK_COLUMNS, insertRatings, scoreRow } from './bulk-columns';
export { Participant, ParticipantRole } from './participant.entity';
