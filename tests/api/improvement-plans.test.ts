import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

const PLAN_FIELDS = `id title sharedWithPartners sharedWithPas membersMayAddProgress viewerCanEdit viewerCanAddProgress council { gssCode } framework { key }
  statusCounts { red amber green blue noUpdate total }
  headings { id title kind sectionKey challenges { id title outcomes source { kind reference frameworkKey subjectKey label }
    actions { id description lead target { text kind startsOn dueOn } status overdue dueSoon history { date text status enteredByRole } } } }`;

const CREATE = `mutation ($input: CreateImprovementPlanInput!) { createImprovementPlan(input: $input) { ${PLAN_FIELDS} } }`;
const ADD_CHALLENGE = `mutation ($input: AddPlanChallengeInput!) { addPlanChallenge(input: $input) { id actions { id target { kind dueOn } } } }`;
const ADD_UPDATE = `mutation ($input: AddProgressUpdateInput!) { addProgressUpdate(input: $input) { id status history { date status text enteredByRole } } }`;
const PLAN = `query ($id: ID!) { improvementPlan(id: $id) { ${PLAN_FIELDS} } }`;
const SHARE = `mutation ($input: SetPlanSharingInput!) { setPlanSharing(input: $input) { sharedWithPartners sharedWithPas } }`;

describe('improvement plans', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A Chesterfield plan with one challenge of two actions, created by its lead through the API. */
  async function chesterfieldPlan() {
    const lead = await t.as('chesterfieldLead');
    const created = await lead(CREATE, {
      input: { councilGssCode: 'E07000034', title: `Plan ${Math.random()}`, localThemes: ['Town centre regeneration'] },
    });
    expect(created.errors).toBeUndefined();
    const plan = created.data!.createImprovementPlan;
    const heading = plan.headings.find((h: { sectionKey: string }) => h.sectionKey === 'financial-planning-and-management');
    const challenge = await lead(ADD_CHALLENGE, {
      input: {
        headingId: heading.id,
        title: 'Close the budget gap for 2026-27 without drawing on reserves',
        outcomes: 'A balanced budget agreed by February\nReserves kept above the agreed minimum',
        source: { kind: 'PEER_RECOMMENDATION', reference: 'R3' },
        actions: [
          { description: 'Agree a savings programme', lead: 'Head of Finance', target: 'February 2014 – March 2015' },
          { description: 'Report progress to cabinet each quarter', lead: 'Cabinet/ Corporate Management Team', target: 'Ongoing' },
        ],
      },
    });
    expect(challenge.errors).toBeUndefined();
    return { plan, challenge: challenge.data!.addPlanChallenge, lead };
  }

  it('should start a plan with the five core elements and local themes, and read targets as councils write them', async () => {
    const { plan, challenge } = await chesterfieldPlan();
    expect(plan.headings.map((h: { kind: string }) => h.kind)).toEqual([...Array(5).fill('CORE_ELEMENT'), 'LOCAL_THEME']);
    expect(plan.headings[5].title).toBe('Town centre regeneration');
    expect(plan.sharedWithPartners).toBe(false);
    expect(plan.sharedWithPas).toBe(false);
    expect(plan.membersMayAddProgress).toBe(true);
    expect([plan.viewerCanEdit, plan.viewerCanAddProgress]).toEqual([true, true]);
    expect(challenge.actions.map((a: { target: unknown }) => a.target)).toEqual([
      { kind: 'RANGE', dueOn: '2015-03-31' },
      { kind: 'ONGOING', dueOn: null },
    ]);
    const read = await (await t.as('chesterfieldLead'))(PLAN, { id: plan.id });
    const [range, ongoing] = read.data!.improvementPlan.headings[3].challenges[0].actions;
    // March 2015 has passed and nothing says it is complete; ongoing work is never overdue.
    expect(range.overdue).toBe(true);
    expect(ongoing.overdue).toBe(false);
    expect(read.data!.improvementPlan.statusCounts).toEqual({ red: 0, amber: 0, green: 0, blue: 0, noUpdate: 2, total: 2 });
  });

  it('should let the lead and members add progress updates, and refuse members changing the plan', async () => {
    const { challenge } = await chesterfieldPlan();
    const [action] = challenge.actions;
    const lead = await t.as('chesterfieldLead');
    const first = await lead(ADD_UPDATE, {
      input: { actionId: action.id, date: '2014-06-30', text: 'Savings options drafted', status: 'AMBER' },
    });
    expect(first.errors).toBeUndefined();
    const second = await lead(ADD_UPDATE, {
      input: { actionId: action.id, date: '2015-03-20', text: 'Programme agreed by cabinet', status: 'BLUE' },
    });
    expect(second.data!.addProgressUpdate.status).toBe('BLUE');
    expect(second.data!.addProgressUpdate.history.map((u: { status: string }) => u.status)).toEqual(['AMBER', 'BLUE']);
    expect(second.data!.addProgressUpdate.history[0].enteredByRole).toBe('COUNCIL_LEAD');

    // Bolsover's member belongs to another council: refused even though the councils collaborate.
    const partner = await t.as('bolsoverMember');
    const refused = await partner(ADD_UPDATE, { input: { actionId: action.id, date: '2015-03-21', text: 'x', status: 'RED' } });
    expect(errorCodes(refused)[0].code).toMatch(/FORBIDDEN|NOT_FOUND/);

    const future = await lead(ADD_UPDATE, { input: { actionId: action.id, date: '2999-01-01', text: 'x', status: 'RED' } });
    expect(errorCodes(future)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'PROGRESS_DATE_INVALID' }]);
  });

  it("should let a council's member add progress but not change the plan", async () => {
    const admin = await t.as('admin');
    const created = await admin(CREATE, { input: { councilGssCode: 'E07000033', title: 'Bolsover plan' } });
    const challenge = await admin(ADD_CHALLENGE, {
      input: {
        headingId: created.data!.createImprovementPlan.headings[0].id,
        title: 'Know what residents need',
        source: { kind: 'LOCAL_THEME' },
        actions: [{ description: 'Run a residents survey', lead: 'Head of Policy', target: 'July 2025' }],
      },
    });
    const member = await t.as('bolsoverMember');
    const action = challenge.data!.addPlanChallenge.actions[0];
    const update = await member(ADD_UPDATE, { input: { actionId: action.id, date: '2025-06-01', text: 'Survey out', status: 'GREEN' } });
    expect(update.errors).toBeUndefined();
    expect(update.data!.addProgressUpdate.history[0].enteredByRole).toBe('COUNCIL_MEMBER');
    const edit = await member(`mutation { updatePlanAction(input: { actionId: "${action.id}", lead: "Someone else" }) { id } }`);
    expect(errorCodes(edit)[0].code).toBe('FORBIDDEN');
  });

  it('should refuse another council changing or reading a plan that is not shared with it', async () => {
    const { plan, challenge } = await chesterfieldPlan();
    const other = await t.as('uttlesfordLead');
    expect(errorCodes(await other(PLAN, { id: plan.id }))[0].reason).toBe('PLAN_NOT_FOUND');
    const update = await other(ADD_UPDATE, { input: { actionId: challenge.actions[0].id, date: '2015-01-01', text: 'x', status: 'RED' } });
    expect(errorCodes(update)[0].reason).toBe('PLAN_ACTION_NOT_FOUND');
    const edit = await other(`mutation { updatePlanChallenge(input: { challengeId: "${challenge.id}", title: "Taken over" }) { id } }`);
    expect(errorCodes(edit)[0].reason).toBe('PLAN_CHALLENGE_NOT_FOUND');
    const [{ title }] = await t.dataSource.query(`SELECT title FROM plan_challenge WHERE id = $1`, [challenge.id]);
    expect(title).not.toBe('Taken over');
  });

  it('should show a plan to partners and PAS only while the council shares it, and stop when withdrawn', async () => {
    const { plan, lead } = await chesterfieldPlan();
    const partner = await t.as('bolsoverMember');
    const pas = await t.as('analyst');
    expect(errorCodes(await partner(PLAN, { id: plan.id }))[0].reason).toBe('PLAN_NOT_FOUND');
    expect(errorCodes(await pas(PLAN, { id: plan.id }))[0].reason).toBe('PLAN_NOT_FOUND');

    await lead(SHARE, { input: { planId: plan.id, withPartners: true, withPas: false } });
    const shared = await partner(PLAN, { id: plan.id });
    expect(shared.errors).toBeUndefined();
    expect([shared.data!.improvementPlan.viewerCanEdit, shared.data!.improvementPlan.viewerCanAddProgress]).toEqual([false, false]);
    expect(errorCodes(await pas(PLAN, { id: plan.id }))[0].reason).toBe('PLAN_NOT_FOUND');
    // Reading a shared plan does not let a partner change it.
    const heading = plan.headings[0].id;
    const edit = await partner(
      `mutation { addPlanChallenge(input: { headingId: "${heading}", title: "x", source: { kind: LOCAL_THEME } }) { id } }`,
    );
    expect(errorCodes(edit)[0].code).toBe('FORBIDDEN');

    await lead(SHARE, { input: { planId: plan.id, withPartners: false, withPas: true } });
    expect(errorCodes(await partner(PLAN, { id: plan.id }))[0].reason).toBe('PLAN_NOT_FOUND');
    expect((await pas(PLAN, { id: plan.id })).errors).toBeUndefined();
    const list = await pas(`{ improvementPlans(councilGssCode: "E07000034") { id statusCounts { total } headings { title } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.data!.improvementPlans.map((p: { id: string }) => p.id)).toContain(plan.id);

    await lead(SHARE, { input: { planId: plan.id, withPartners: false, withPas: false } });
    expect(errorCodes(await pas(PLAN, { id: plan.id }))[0].reason).toBe('PLAN_NOT_FOUND');
  });

  it('should keep history append-only below the API too', async () => {
    const { challenge, lead } = await chesterfieldPlan();
    await lead(ADD_UPDATE, { input: { actionId: challenge.actions[0].id, date: '2014-06-30', text: 'Original words', status: 'GREEN' } });
    const [{ id }] = await t.dataSource.query(`SELECT id FROM progress_update WHERE action_id = $1`, [challenge.actions[0].id]);
    // The API's own role has no UPDATE or DELETE privilege on the table.
    await expect(t.apiDataSource.query(`UPDATE progress_update SET text = 'Rewritten' WHERE id = $1`, [id])).rejects.toThrow(
      /permission denied/,
    );
    await expect(t.apiDataSource.query(`DELETE FROM progress_update WHERE id = $1`, [id])).rejects.toThrow(/permission denied/);
    // And the trigger refuses the owner as well.
    await expect(t.dataSource.query(`UPDATE progress_update SET text = 'Rewritten' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM progress_update WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    const [{ text }] = await t.dataSource.query(`SELECT text FROM progress_update WHERE id = $1`, [id]);
    expect(text).toBe('Original words');
    // The schema offers no way to change or remove an update.
    const schema = await lead('{ __schema { mutationType { fields { name } } } }');
    const names = schema.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(names.filter((n: string) => /progress/i.test(n))).toEqual(['addProgressUpdate']);
  });

  it('should list the plan by status with overdue and due-soon actions, and a monthly series', async () => {
    const { plan, challenge, lead } = await chesterfieldPlan();
    const [range, ongoing] = challenge.actions;
    await lead(ADD_UPDATE, { input: { actionId: range.id, date: '2014-06-30', text: 'Behind', status: 'RED' } });
    await lead(ADD_UPDATE, { input: { actionId: ongoing.id, date: '2014-07-15', text: 'Reported', status: 'GREEN' } });
    const view = await lead(
      `{ planStatusView(planId: "${plan.id}", asOf: "2015-03-10", dueSoonDays: 30) { asOf counts { red green total } byStatus { status actions { action { id } headingTitle } } overdue { action { id } } dueSoon { action { id } challengeTitle } } }`,
    );
    expect(view.errors).toBeUndefined();
    const v = view.data!.planStatusView;
    expect(v.counts).toEqual({ red: 1, green: 1, total: 2 });
    expect(v.byStatus.map((g: { status: string | null }) => g.status)).toEqual(['RED', 'AMBER', 'GREEN', 'BLUE', null]);
    expect(v.byStatus[0].actions[0].headingTitle).toBe('Financial planning and management');
    expect(v.overdue).toEqual([]);
    expect(v.dueSoon.map((e: { action: { id: string } }) => e.action.id)).toEqual([range.id]);

    const series = await lead(
      `{ planStatusSeries(planId: "${plan.id}", from: "2014-05-01", to: "2014-08-01") { date red green noUpdate total } }`,
    );
    expect(series.data!.planStatusSeries).toEqual([
      { date: '2014-05-31', red: 0, green: 0, noUpdate: 0, total: 0 },
      { date: '2014-06-30', red: 1, green: 0, noUpdate: 0, total: 1 },
      { date: '2014-07-31', red: 1, green: 1, noUpdate: 0, total: 2 },
      { date: '2014-08-31', red: 1, green: 1, noUpdate: 0, total: 2 },
    ]);
  });

  it('should pre-fill a challenge from a weak spot with the section top tips, and link it', async () => {
    const lead = await t.as('chesterfieldLead');
    const suggestion = await lead(
      `{ planChallengeSuggestion(input: { kind: DM_STATEMENT, subjectKey: "pm-1" }) { title suggestedHeadingTitle suggestedActions source { kind frameworkKey subjectKey label } } }`,
    );
    expect(suggestion.errors).toBeUndefined();
    const s = suggestion.data!.planChallengeSuggestion;
    expect(s.source).toMatchObject({ kind: 'DM_STATEMENT', frameworkKey: 'dm-challenge-toolkit', subjectKey: 'pm-1' });
    expect(s.suggestedActions.length).toBeGreaterThan(1);
    expect(s.suggestedActions[0]).toMatch(/measures/);
    const unknown = await lead(
      `{ planChallengeSuggestion(input: { kind: BREAKTHROUGH_QUESTION, subjectKey: "no-such-question" }) { title } }`,
    );
    expect(errorCodes(unknown)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'PLAN_SOURCE_NOT_FOUND' }]);
  });

  it('should show, for each breakthrough question, whether an action is linked', async () => {
    const { plan, lead } = await chesterfieldPlan();
    const [{ key }] = await t.dataSource.query(
      `SELECT i.key FROM framework_item i JOIN framework f ON f.id = i.framework_id WHERE f.key = 'improvement-breakthroughs' ORDER BY i.position LIMIT 1`,
    );
    const heading = plan.headings[4].id;
    const added = await lead(ADD_CHALLENGE, {
      input: {
        headingId: heading,
        title: 'Act on the question',
        source: { kind: 'BREAKTHROUGH_QUESTION', subjectKey: key },
        actions: [{ description: 'Do it', lead: 'Chief Executive', target: 'July 2026' }],
      },
    });
    expect(added.errors).toBeUndefined();
    const coverage = await lead(
      `{ planBreakthroughCoverage(planId: "${plan.id}") { assessmentRound questions { item { key } linkedActions planCoverageAnswer { key } disagrees } } }`,
    );
    expect(coverage.errors).toBeUndefined();
    const rows = coverage.data!.planBreakthroughCoverage.questions;
    expect(rows).toHaveLength(22);
    expect(rows.find((r: { item: { key: string } }) => r.item.key === key).linkedActions).toBe(1);
    expect(rows.filter((r: { linkedActions: number }) => r.linkedActions > 0)).toHaveLength(1);
  });
});
