import { createHash } from 'node:crypto';

import { AgreedRatingInput, RatingInput } from './dto/rating.input';
import { ParticipantResponsesInput } from './dto/record-responses.input';
import { SubmitCompletedAssessmentInput } from './dto/submit-completed-assessment.input';
import { ParticipantRole } from './participant.entity';
import { submissionRequestHash } from './submission-request-hash';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('submissionRequestHash', () => {
  const input = () =>
    Object.assign(new SubmitCompletedAssessmentInput(), {
      councilGssCode: 'E07000034',
      frameworkKey: 'dm',
      round: '2030-31',
      participants: [
        Object.assign(new ParticipantResponsesInput(), {
          role: ParticipantRole.OFFICER,
          responses: [Object.assign(new RatingInput(), { itemKey: 'i1', levelKey: 'l1' })],
        }),
      ],
      // Keys in the order an input object may hold them: the note first.
      agreedRatings: [Object.assign(new AgreedRatingInput(), { note: 'Agreed', itemKey: 'i1', dimensionKey: null, levelKey: 'l2' })],
      idempotencyKey: 'retry-key-1',
    });

  it("should hash the request's JSON with each agreed rating's keys in item, dimension, level, note order and no key", () => {
    const json =
      '{"operation":"submitCompletedAssessment","councilId":"c","frameworkId":"f","input":{"councilGssCode":"E07000034","frameworkKey":"dm",' +
      '"round":"2030-31","participants":[{"role":"officer","responses":[{"itemKey":"i1","levelKey":"l1"}]}],' +
      '"agreedRatings":[{"itemKey":"i1","dimensionKey":null,"levelKey":"l2","note":"Agreed"}],"idempotencyKey":null}}';
    expect(submissionRequestHash(input(), 'c', 'f')).toBe(sha256(json));
  });

  it('should hash alike whatever key the retry carries, and differently for other content', () => {
    const retried = Object.assign(input(), { idempotencyKey: 'another-key' });
    expect(submissionRequestHash(retried, 'c', 'f')).toBe(submissionRequestHash(input(), 'c', 'f'));
    const changed = input();
    changed.agreedRatings[0].levelKey = 'l3';
    expect(submissionRequestHash(changed, 'c', 'f')).not.toBe(submissionRequestHash(input(), 'c', 'f'));
  });
});
