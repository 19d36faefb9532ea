import { SUBMIT_COMPLETED } from '../support/operations';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * The field rules of a one-step submission's nested inputs (each rating's keys, each agreed note)
 * hold however deep they sit: a participant's response or an agreed rating that breaks one is
 * refused by name, before anything is written.
 */
describe('one-step submission: the rules of nested inputs', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  let itemKeys: string[];
  const input = () => ({
    councilGssCode: 'E07000034',
    frameworkKey: 'dm-challenge-toolkit',
    round: '2044-45',
    participants: Array.from({ length: 3 }, () => ({
      role: 'OFFICER',
      responses: itemKeys.map((itemKey) => ({ itemKey, levelKey: 'good' })),
    })),
    agreedRatings: itemKeys.map((itemKey) => ({ itemKey, levelKey: 'fair', note: 'Agreed' })),
  });
  const assessments = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment`))[0].n as number;

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

  it("refuses a participant's response whose level key is longer than its limit, naming where it is", async () => {
    const before = await assessments();
    const bad = input();
    bad.participants[2].responses[4] = { itemKey: itemKeys[4], levelKey: 'g'.repeat(101) };
    const refused = await lead(SUBMIT_COMPLETED, { input: bad });
    expect(refused.data?.submitCompletedAssessment ?? null).toBeNull();
    expect(refused.errors).toHaveLength(1);
    expect(JSON.stringify(refused.errors)).toMatch(/participants\[2\]\.responses\[4\]\.levelKey/);
    expect(JSON.stringify(refused.errors)).not.toContain('g'.repeat(101));
    expect(await assessments()).toBe(before);
  });

  it('refuses an agreed note longer than 4,000 characters, and accepts the same submission within the limits', async () => {
    const before = await assessments();
    const bad = input();
    bad.agreedRatings[1].note = 'n'.repeat(4001);
    const refused = await lead(SUBMIT_COMPLETED, { input: bad });
    expect(refused.data?.submitCompletedAssessment ?? null).toBeNull();
    expect(JSON.stringify(refused.errors)).toMatch(/agreedRatings\[1\]\.note/);
    expect(await assessments()).toBe(before);

    const accepted = await lead(SUBMIT_COMPLETED, { input: input() });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.submitCompletedAssessment.status).toBe('SUBMITTED');
    expect(await assessments()).toBe(before + 1);
  });
});
