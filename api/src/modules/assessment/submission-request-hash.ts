import { createHash } from 'node:crypto';

import type { AgreedRatingInput } from './dto/rating.input';
import type { SubmitCompletedAssessmentInput } from './dto/submit-completed-assessment.input';

/**
 * What a keyed one-step submission is compared by: the SHA-256 of the operation, council, framework
 * and the whole input (its key left out), as JSON. A retry, whichever API process answers it and
 * whichever version, must hash alike, so each agreed rating's keys are written in one fixed order
 * (item, dimension, level, note), not in whatever order its input object happens to hold them.
 */
export function submissionRequestHash(input: SubmitCompletedAssessmentInput, councilId: string, frameworkId: string): string {
  const agreedRatings = input.agreedRatings.map(({ itemKey, dimensionKey, levelKey, note }: AgreedRatingInput) => ({
    itemKey,
    dimensionKey,
    levelKey,
    note,
  }));
  return createHash('sha256')
    .update(
      JSON.stringify({
        operation: 'submitCompletedAssessment',
        councilId,
        frameworkId,
        input: { ...input, agreedRatings, idempotencyKey: null },
      }),
    )
    .digest('hex');
}
