import type { PeerComparison } from '../../api/src/modules/benchmark/dto/benchmark.types';

/** GraphQL operations the API suites share, written as a dashboard or script would send them. */

export const ASSESSMENT_FIELDS = `
  id round status submittedAt supersedesId isSynthetic participantCount
  council { gssCode }
  framework { key version }
  sectionScores { section { key } dimension { key } score answered total coverage spread }
`;

export const CREATE_ASSESSMENT = `mutation ($input: CreateAssessmentInput!) { createAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;
export const RECORD_RESPONSES = `mutation ($input: RecordParticipantResponsesInput!) { recordParticipantResponses(input: $input) { ${ASSESSMENT_FIELDS} } }`;
export const RECORD_AGREED = `mutation ($input: RecordAgreedRatingsInput!) { recordAgreedRatings(input: $input) { ${ASSESSMENT_FIELDS} } }`;
export const SUBMIT = `mutation ($id: ID!) { submitAssessment(assessmentId: $id) { ${ASSESSMENT_FIELDS} } }`;
export const ASSESSMENT = `query ($id: ID!) { assessment(id: $id) { ${ASSESSMENT_FIELDS} } }`;
export const ASSESSMENTS = `query ($gss: String!, $history: Boolean!) { assessments(councilGssCode: $gss, includeSuperseded: $history) { id status supersedesId } }`;
export const SUBMIT_COMPLETED = `mutation ($input: SubmitCompletedAssessmentInput!) { submitCompletedAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;

/** The disclosed figures of one peer group in one cell, as councilPosition's comparisons and sectorView's cells give them (the API's own declaration). */
export type PeerFigures = Pick<
  PeerComparison,
  'suppressed' | 'suppressionReason' | 'contributorsBand' | 'median' | 'lowerQuartile' | 'upperQuartile' | 'distribution'
>;
