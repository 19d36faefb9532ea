import { randomUUID } from 'node:crypto';

import seedrandom from 'seedrandom';

import { CREATE_ASSESSMENT, RECORD_AGREED, RECORD_RESPONSES, SUBMIT, SUBMIT_COMPLETED } from '../support/operations';
import { errorCodes, type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * A completed assessment submitted in one request must come out exactly as the same content
 * entered step by step, and must be all or nothing.
 */

const LEVELS = ['poor', 'fair', 'good', 'excellent'];
const ROLES = ['OFFICER', 'MANAGER', 'COUNCILLOR', 'PARTNER'];

describe('one-step submission', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  let itemKeys: string[];
  const input = (round: string, seed: string, participants = 15) => {
    const random = seedrandom(seed);
    const level = () => LEVELS[Math.floor(random() * LEVELS.length)];
    return {
      councilGssCode: 'E07000034',
      frameworkKey: 'dm-challenge-toolkit',
      round,
      participants: Array.from({ length: participants }, (_, i) => ({
        role: ROLES[i % ROLES.length],
        responses: itemKeys.map((itemKey) => ({ itemKey, levelKey: level() })),
      })),
      agreedRatings: itemKeys
        .filter((_, i) => i % 3 === 0)
        .map((itemKey) => ({ itemKey, levelKey: level(), note: 'Agreed at the workshop' })),
    };
  };
  const countRows = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*) FROM assessment)::int AS a, (SELECT count(*) FROM participant_response)::int AS r, (SELECT count(*) FROM agreed_rating)::int AS g`,
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    lead = await t.as('chesterfieldLead');
    itemKeys = (
      await t.dataSource.query(
        `SELECT i.key FROM framework_item i JOIN framework f ON f.id = i.framework_id WHERE f.key = 'dm-challenge-toolkit' ORDER BY i.position`,
      )
    ).map((r: { key: string }) => r.key);
  });
  afterAll(() => t.close());

  it('should score exactly as the same content recorded step by step', async () => {
    const oneStep = await lead(SUBMIT_COMPLETED, { input: input('2040-41', 'same-content') });
    expect(oneStep.errors).toBeUndefined();

    const content = input('2041-42', 'same-content');
    const draft = await lead(CREATE_ASSESSMENT, {
      input: { councilGssCode: content.councilGssCode, frameworkKey: content.frameworkKey, round: content.round },
    });
    const id = draft.data!.createAssessment.id;
    for (const p of content.participants)
      expect((await lead(RECORD_RESPONSES, { input: { assessmentId: id, ...p } })).errors).toBeUndefined();
    expect((await lead(RECORD_AGREED, { input: { assessmentId: id, ratings: content.agreedRatings } })).errors).toBeUndefined();
    const stepByStep = await lead(SUBMIT, { id });

    const { id: _a, round: _r, submittedAt: _s, ...oneStepResult } = oneStep.data!.submitCompletedAssessment;
    const { id: _b, round: _q, submittedAt: _t, ...stepResult } = stepByStep.data!.submitAssessment;
    expect(oneStepResult).toEqual(stepResult);
    expect(oneStepResult).toMatchObject({ status: 'SUBMITTED', participantCount: 15 });
    const [{ notes }] = await t.dataSource.query(
      `SELECT count(*)::int AS notes FROM agreed_rating WHERE assessment_id = $1 AND note = 'Agreed at the workshop'`,
      [oneStep.data!.submitCompletedAssessment.id],
    );
    expect(notes).toBe(content.agreedRatings.length);
  });

  it('should refuse bad content with where the problem is, and write nothing', async () => {
    const before = await countRows();
    const bad = input('2042-43', 'bad-content');
    bad.participants[3].responses[7] = { itemKey: 'not-an-item', levelKey: 'good' };
    const refused = await lead(SUBMIT_COMPLETED, { input: bad });
    expect(errorCodes(refused)[0].reason).toBe('ITEM_NOT_FOUND');
    expect(refused.errors![0].message).toMatch(/participants\[3\]\.responses\[7\]/);

    const empty = await lead(SUBMIT_COMPLETED, { input: { ...input('2042-43', 'empty'), participants: [], agreedRatings: [] } });
    expect(errorCodes(empty)[0].reason).toBe('ASSESSMENT_EMPTY');
    expect(await countRows()).toEqual(before);
  });

  it('should hold the field rules of nested inputs, naming where a broken one is, and write nothing', async () => {
    const before = await countRows();
    const longLevel = input('2047-48', 'long level key');
    longLevel.participants[2].responses[4] = { itemKey: itemKeys[4], levelKey: 'g'.repeat(101) };
    const refusedLevel = await lead(SUBMIT_COMPLETED, { input: longLevel });
    expect(refusedLevel.data?.submitCompletedAssessment ?? null).toBeNull();
    expect(JSON.stringify(refusedLevel.errors)).toMatch(/participants\[2\]\.responses\[4\]\.levelKey/);
    expect(JSON.stringify(refusedLevel.errors)).not.toContain('g'.repeat(101));

    const longNote = input('2047-48', 'long note');
    longNote.agreedRatings[1].note = 'n'.repeat(4001);
    const refusedNote = await lead(SUBMIT_COMPLETED, { input: longNote });
    expect(refusedNote.data?.submitCompletedAssessment ?? null).toBeNull();
    expect(JSON.stringify(refusedNote.errors)).toMatch(/agreedRatings\[1\]\.note/);
    expect(await countRows()).toEqual(before);
  });

  it('should supersede the round’s earlier submission', async () => {
    const first = await lead(SUBMIT_COMPLETED, { input: input('2043-44', 'first') });
    const second = await lead(SUBMIT_COMPLETED, { input: input('2043-44', 'second') });
    expect(second.data!.submitCompletedAssessment.supersedesId).toBe(first.data!.submitCompletedAssessment.id);
    const [{ status }] = await t.dataSource.query(`SELECT status FROM assessment WHERE id = $1`, [
      first.data!.submitCompletedAssessment.id,
    ]);
    expect(status).toBe('superseded');
  });

  it('should submit once for retries with one key, racing or not, and refuse the key for other content', async () => {
    const key = randomUUID();
    const content = { ...input('2044-45', 'retried', 3), idempotencyKey: key };
    const results = await Promise.all(Array.from({ length: 4 }, () => lead(SUBMIT_COMPLETED, { input: content })));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(new Set(results.map((r) => r.data!.submitCompletedAssessment.id)).size).toBe(1);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM assessment a JOIN council c ON c.id = a.council_id WHERE c.gss_code = 'E07000034' AND a.round = '2044-45'`,
    );
    expect(n).toBe(1);
    const other = await lead(SUBMIT_COMPLETED, { input: { ...input('2045-46', 'other', 3), idempotencyKey: key } });
    expect(errorCodes(other)[0]).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('should let only a lead submit, and only for their own council', async () => {
    const member = await t.as('bolsoverMember');
    expect(
      errorCodes(await member(SUBMIT_COMPLETED, { input: { ...input('2046-47', 'member', 1), councilGssCode: 'E07000033' } }))[0].code,
    ).toBe('FORBIDDEN');
    expect(
      errorCodes(await lead(SUBMIT_COMPLETED, { input: { ...input('2046-47', 'other council', 1), councilGssCode: 'E07000033' } }))[0].code,
    ).toBe('FORBIDDEN');
  });
});
