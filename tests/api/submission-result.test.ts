import { CREATE_ASSESSMENT, RECORD_AGREED, SUBMIT_COMPLETED } from '../support/operations';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * A submission returns the assessment from the row its last statement wrote, not from a read of it
 * afterwards: every field a client can select must be what a later read of the assessment gives.
 */

const EVERY_FIELD = `
  id councilId council { gssCode } frameworkId framework { key version } round status submittedAt supersedesId
  isSynthetic purpose chair noteTaker cadence actionTimescale startedAt lastChangedAt
  sectionScores { section { key } dimension { key } score answered total spread }
  themeScores { theme { key } dimension { key } score answered total spread }
  agreedRatings { item { key } dimension { key } level { key } note evidence }
  includedSections { key } skippedItemKeys
  coverage { total agreed scoredOnly unscored skipped sectionsDone sections { section { key } included total agreed } }
  participantsByRole { role count } participantCount
`;
const READ = `query ($id: ID!) { assessment(id: $id) { ${EVERY_FIELD} } }`;
const SUBMIT_COMPLETED_ALL = `mutation ($input: SubmitCompletedAssessmentInput!) { submitCompletedAssessment(input: $input) { ${EVERY_FIELD} } }`;
const SUBMIT_ALL = `mutation ($id: ID!) { submitAssessment(assessmentId: $id) { ${EVERY_FIELD} } }`;
const PLAN = `mutation ($input: PlanAssessmentInput!) { planAssessment(input: $input) { id } }`;

describe('submission result', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  let itemKeys: string[];
  let sectionKeys: string[];
  const content = (round: string, levelKey: string) => ({
    councilGssCode: 'E07000034',
    frameworkKey: 'dm-challenge-toolkit',
    round,
    participants: [0, 1, 2].map((i) => ({
      role: ['OFFICER', 'MANAGER', 'COUNCILLOR'][i],
      responses: itemKeys.map((itemKey) => ({ itemKey, levelKey })),
    })),
    agreedRatings: itemKeys.slice(0, 4).map((itemKey) => ({ itemKey, levelKey, note: 'Agreed at the workshop' })),
  });
  const readBack = async (id: string) => {
    const read = await lead(READ, { id });
    expect(read.errors).toBeUndefined();
    return read.data!.assessment;
  };

  beforeAll(async () => {
    t = await startTestApp();
    lead = await t.as('chesterfieldLead');
    const rows: { item: string; section: string }[] = await t.dataSource.query(
      `SELECT i.key AS item, s.key AS section FROM framework_item i JOIN framework f ON f.id = i.framework_id
         JOIN framework_section s ON s.id = i.section_id WHERE f.key = 'dm-challenge-toolkit' ORDER BY s.position, i.position`,
    );
    itemKeys = rows.map((r) => r.item);
    sectionKeys = [...new Set(rows.map((r) => r.section))];
  });
  afterAll(() => t.close());

  it('should return from a one-step submission exactly what a read of it gives, and from its re-submission too', async () => {
    const first = await lead(SUBMIT_COMPLETED_ALL, { input: content('2050-51', 'fair') });
    expect(first.errors).toBeUndefined();
    const submitted = first.data!.submitCompletedAssessment;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', supersedesId: null, participantCount: 3 });
    expect(submitted).toEqual(await readBack(submitted.id));

    const second = await lead(SUBMIT_COMPLETED_ALL, { input: content('2050-51', 'good') });
    expect(second.errors).toBeUndefined();
    const resubmitted = second.data!.submitCompletedAssessment;
    expect(resubmitted).toMatchObject({ status: 'SUBMITTED', supersedesId: submitted.id });
    expect(resubmitted).toEqual(await readBack(resubmitted.id));
    // The superseded submission is changed by the same statement, and its change time with it.
    const superseded = await readBack(submitted.id);
    expect(superseded.status).toBe('SUPERSEDED');
    expect(superseded.lastChangedAt).toBe(resubmitted.lastChangedAt);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM assessment a JOIN council c ON c.id = a.council_id
        WHERE c.gss_code = 'E07000034' AND a.round = '2050-51' AND a.status = 'submitted'`,
    );
    expect(n).toBe(1);
  });

  it('should return from submitting a planned draft exactly what a read of it gives', async () => {
    const draft = await lead(CREATE_ASSESSMENT, {
      input: { councilGssCode: 'E07000034', frameworkKey: 'dm-challenge-toolkit', round: '2051-52' },
    });
    expect(draft.errors).toBeUndefined();
    const id = draft.data!.createAssessment.id;
    const plan = await lead(PLAN, {
      input: {
        assessmentId: id,
        sectionKeys: sectionKeys.slice(0, 2),
        skippedItemKeys: [itemKeys[1]],
        purpose: 'Annual review',
        chair: 'Head of Planning',
        noteTaker: 'Officer',
        cadence: 'SERIES',
        actionTimescale: 'By March',
      },
    });
    expect(plan.errors).toBeUndefined();
    expect(
      (await lead(RECORD_AGREED, { input: { assessmentId: id, ratings: [{ itemKey: itemKeys[0], levelKey: 'fair' }] } })).errors,
    ).toBeUndefined();

    const result = await lead(SUBMIT_ALL, { id });
    expect(result.errors).toBeUndefined();
    const submitted = result.data!.submitAssessment;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', purpose: 'Annual review', cadence: 'SERIES', skippedItemKeys: [itemKeys[1]] });
    expect(submitted.includedSections).toHaveLength(2);
    expect(submitted).toEqual(await readBack(id));
  });

  it('should still refuse a second draft for a round with one open, writing nothing', async () => {
    const opened = await lead(CREATE_ASSESSMENT, {
      input: { councilGssCode: 'E07000034', frameworkKey: 'dm-challenge-toolkit', round: '2052-53' },
    });
    expect(opened.errors).toBeUndefined();
    const refused = await lead(SUBMIT_COMPLETED, { input: content('2052-53', 'fair') });
    expect(refused.errors?.[0].extensions).toMatchObject({ reason: 'ASSESSMENT_DRAFT_EXISTS' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE round = '2052-53'`);
    expect(n).toBe(1);
  });
});
