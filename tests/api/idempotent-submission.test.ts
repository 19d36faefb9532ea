import { randomUUID } from 'node:crypto';

import { CREATE_ASSESSMENT, RECORD_AGREED } from '../support/operations';
import { errorCodes, useTestApp } from '../support/test-app';

const SUBMIT_WITH_KEY = `mutation ($id: ID!, $key: String) { submitAssessment(assessmentId: $id, idempotencyKey: $key) { id status submittedAt } }`;

describe('idempotent submission', () => {
  const suite = useTestApp('chesterfieldLead');

  const draftWithRating = async (round: string) => {
    const draft = await suite.gql(CREATE_ASSESSMENT, {
      input: { councilGssCode: 'E07000034', frameworkKey: 'dm-challenge-toolkit', round },
    });
    const id = draft.data!.createAssessment.id as string;
    await suite.gql(RECORD_AGREED, { input: { assessmentId: id, ratings: [{ itemKey: 'pm-1', levelKey: 'good' }] } });
    return id;
  };

  it('should return the first result to a retry with the same key', async () => {
    const id = await draftWithRating('2030-31');
    const key = randomUUID();
    const first = await suite.gql(SUBMIT_WITH_KEY, { id, key });
    const retry = await suite.gql(SUBMIT_WITH_KEY, { id, key });
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data).toEqual(first.data);
    // Without the key, a second submission is refused as a duplicate.
    expect(errorCodes(await suite.gql(SUBMIT_WITH_KEY, { id }))[0].reason).toBe('ASSESSMENT_ALREADY_SUBMITTED');
  });

  it('should refuse the same key with a different payload', async () => {
    const key = randomUUID();
    const firstId = await draftWithRating('2031-32');
    const secondId = await draftWithRating('2032-33');
    expect((await suite.gql(SUBMIT_WITH_KEY, { id: firstId, key })).errors).toBeUndefined();
    const reused = await suite.gql(SUBMIT_WITH_KEY, { id: secondId, key });
    expect(errorCodes(reused)[0]).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    const [{ status }] = await suite.t.dataSource.query(`SELECT status FROM assessment WHERE id = $1`, [secondId]);
    expect(status).toBe('draft');
  });

  it('should submit exactly once when retries race each other', async () => {
    const id = await draftWithRating('2033-34');
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 8 }, () => suite.gql(SUBMIT_WITH_KEY, { id, key })));
    expect(results.every((r) => r.errors === undefined && r.data!.submitAssessment.status === 'SUBMITTED')).toBe(true);
    expect(new Set(results.map((r) => r.data!.submitAssessment.submittedAt)).size).toBe(1);
    const [{ n }] = await suite.t.dataSource.query(`SELECT count(*)::int AS n FROM submission_idempotency WHERE key = $1`, [key]);
    expect(n).toBe(1);
    const [{ scores }] = await suite.t.dataSource.query(
      `SELECT count(*)::int AS scores FROM assessment_score WHERE assessment_id = $1 AND scope = 'section'`,
      [id],
    );
    expect(scores).toBe(15);
  });

  it('should forget a key whose submission failed, so a corrected retry can succeed', async () => {
    const draft = await suite.gql(CREATE_ASSESSMENT, {
      input: { councilGssCode: 'E07000034', frameworkKey: 'dm-challenge-toolkit', round: '2034-35' },
    });
    const id = draft.data!.createAssessment.id as string;
    const key = randomUUID();
    expect(errorCodes(await suite.gql(SUBMIT_WITH_KEY, { id, key }))[0].reason).toBe('ASSESSMENT_EMPTY');
    await suite.gql(RECORD_AGREED, { input: { assessmentId: id, ratings: [{ itemKey: 'pm-1', levelKey: 'fair' }] } });
    expect((await suite.gql(SUBMIT_WITH_KEY, { id, key })).data!.submitAssessment.status).toBe('SUBMITTED');
  });
});
