import { errorCodes, startTestApp, type TestApp } from '../support/test-app';
import { createDraft, join, openSession, pokeUntilHeard, SESSION_OPS, SessionSubscriber, vote } from '../support/session-clients';

/**
 * Facilitated sessions through the API: the lead facilitates, anonymous participants join by code
 * and score, the reveal thresholds hold, agreement reaches the assessment, and each abuse case gets
 * a clear error and loses nothing.
 */

const CHESTERFIELD = 'E07000034';
let round = 2030;
const nextRound = () => `${round}-${String((round++ + 1) % 100).padStart(2, '0')}`;

describe('facilitated sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { SESSION_JOIN_MAX_FAILURES: '50' } });
  });
  afterAll(() => t.close());

  async function liveSession() {
    const lead = await t.as('chesterfieldLead');
    const assessmentId = await createDraft(lead, CHESTERFIELD, nextRound());
    const { sessionId, joinCode } = await openSession(lead, assessmentId);
    return { lead, assessmentId, sessionId, joinCode };
  }

  it('should run a statement from joining to the agreed level, and hand the scores to the assessment', async () => {
    const { lead, assessmentId, sessionId, joinCode } = await liveSession();
    const opened = await lead(SESSION_OPS.facilitator, { id: sessionId });
    expect(opened.errors).toBeUndefined();
    const joinDetails = await lead(`{ facilitatorSession(sessionId: "${sessionId}") { join { joinCode joinUrl qrSvg } } }`);
    expect(joinDetails.data!.facilitatorSession.join.joinUrl).toMatch(new RegExp(`/join/${joinCode}$`));
    expect(joinDetails.data!.facilitatorSession.join.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(joinCode).toMatch(/^[A-HJKMNP-RT-Z2-46-9]{6}$/);

    const officers = [await join(t, joinCode.toLowerCase(), 'OFFICER'), await join(t, ` ${joinCode} `, 'OFFICER')];
    const manager = await join(t, joinCode, 'MANAGER');
    // Nothing to score until the facilitator opens a statement.
    expect(errorCodes(await vote(manager.client, sessionId, 'pm-1', 'good'))[0].reason).toBe('STATEMENT_NOT_OPEN');

    expect((await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' })).errors).toBeUndefined();
    const participantView = await manager.client(SESSION_OPS.participant, { id: sessionId });
    expect(participantView.data!.participantSession).toMatchObject({ role: 'MANAGER', canVote: true, current: { item: { key: 'pm-1' } } });
    const levels = await manager.client(
      `{ participantSession(sessionId: "${sessionId}") { current { dimensions { levels { key label descriptor } } } } }`,
    );
    expect(levels.data!.participantSession.current.dimensions[0].levels.map((l: { key: string }) => l.key)).toEqual([
      'poor',
      'fair',
      'good',
      'excellent',
    ]);

    await vote(officers[0].client, sessionId, 'pm-1', 'fair');
    await vote(officers[1].client, sessionId, 'pm-1', 'good');
    await vote(manager.client, sessionId, 'pm-1', 'poor');
    // A score may change until the reveal; the facilitator sees how many scored, never what.
    const changed = await vote(manager.client, sessionId, 'pm-1', 'excellent');
    expect(changed.data!.castVote.myVotes).toEqual([{ level: { key: 'excellent' } }]);
    const before = await lead(
      `{ facilitatorSession(sessionId: "${sessionId}") { scoredCount spread { scored } participantsByRole { role count } } }`,
    );
    expect(before.data!.facilitatorSession.scoredCount).toBe(3);
    expect(before.data!.facilitatorSession.spread).toBeNull();
    expect(before.data!.facilitatorSession.participantsByRole).toEqual(
      expect.arrayContaining([
        { role: 'OFFICER', count: 2 },
        { role: 'MANAGER', count: 1 },
      ]),
    );
    expect((await officers[0].client(SESSION_OPS.participant, { id: sessionId })).data!.participantSession.spread).toBeNull();

    const revealed = await lead(SESSION_OPS.reveal, { id: sessionId });
    const spread = revealed.data!.revealVotes.spread[0];
    expect(spread).toMatchObject({ scored: 3, withheld: false, median: 2 });
    expect(spread.levels.map((l: { count: number }) => l.count)).toEqual([0, 1, 1, 1]);
    // Two officers and one manager: showing the officers would give away the manager's score.
    expect(spread.shownRoles).toEqual([]);
    expect(spread.otherRolesCount).toBe(3);
    expect((await manager.client(SESSION_OPS.participant, { id: sessionId })).data!.participantSession.spread[0].scored).toBe(3);

    // A vote after the reveal is refused and the earlier one stands.
    expect(errorCodes(await vote(manager.client, sessionId, 'pm-1', 'poor'))).toEqual([{ code: 'CONFLICT', reason: 'VOTING_CLOSED' }]);
    expect((await manager.client(SESSION_OPS.participant, { id: sessionId })).data!.participantSession.myVotes).toEqual([
      { level: { key: 'excellent' } },
    ]);

    // Re-vote after debate: a new round, scored afresh.
    expect((await lead(SESSION_OPS.revote, { id: sessionId })).data!.startRevote.current).toEqual({ phase: 'SCORING', voteRound: 2 });
    for (const p of [...officers, manager]) await vote(p.client, sessionId, 'pm-1', 'fair');
    await lead(SESSION_OPS.reveal, { id: sessionId });
    const agreed = await lead(SESSION_OPS.agree, {
      input: {
        sessionId,
        itemKey: 'pm-1',
        levels: [{ levelKey: 'fair' }],
        note: 'Data is patchy',
        evidence: ['https://intranet.example/pm'],
      },
    });
    expect(agreed.errors).toBeUndefined();
    expect(agreed.data!.agreeStatement.agreed).toEqual({
      levels: [{ level: { key: 'fair' } }],
      note: 'Data is patchy',
      evidence: ['https://intranet.example/pm'],
    });
    // Agreed in the lower half of the scale: the section's top tips are shown beside it.
    expect(agreed.data!.agreeStatement.tips.length).toBeGreaterThan(0);

    const assessment = await lead(
      `{ assessment(id: "${assessmentId}") { participantCount participantsByRole { role count } agreedRatings { item { key } level { key } note evidence } coverage { agreed unscored skipped total sections { section { key } agreed total } } } }`,
    );
    expect(assessment.errors).toBeUndefined();
    expect(assessment.data!.assessment.participantCount).toBe(3);
    expect(assessment.data!.assessment.agreedRatings).toEqual([
      { item: { key: 'pm-1' }, level: { key: 'fair' }, note: 'Data is patchy', evidence: ['https://intranet.example/pm'] },
    ]);
    expect(assessment.data!.assessment.coverage.agreed).toBe(1);
    // Only the final round's scores are the participants' responses.
    const responses = await t.dataSource.query(
      `SELECT l.key FROM participant_response r JOIN participant p ON p.id = r.participant_id JOIN rating_level l ON l.id = r.level_id WHERE p.assessment_id = $1`,
      [assessmentId],
    );
    expect(responses.map((r: { key: string }) => r.key)).toEqual(['fair', 'fair', 'fair']);

    // The existing scoring runs on submit: pm-1 is "fair", one of the section's statements answered.
    const submitted = await lead(
      `mutation { submitAssessment(assessmentId: "${assessmentId}") { status sectionScores { section { key } score answered } } }`,
    );
    expect(submitted.data!.submitAssessment.status).toBe('SUBMITTED');
    const pm = submitted.data!.submitAssessment.sectionScores.find(
      (s: { section: { key: string } }) => s.section.key === 'performance-management',
    );
    expect(pm).toMatchObject({ answered: 1 });
    expect(pm.score).toBeCloseTo(100 / 3, 1);
  });

  it('should withhold the spread at 2 scores and show it at 3', async () => {
    const { lead, sessionId, joinCode } = await liveSession();
    const people = [await join(t, joinCode, 'OFFICER'), await join(t, joinCode, 'MANAGER'), await join(t, joinCode, 'PARTNER')];
    await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' });
    await vote(people[0].client, sessionId, 'pm-1', 'good');
    await vote(people[1].client, sessionId, 'pm-1', 'poor');
    const two = (await lead(SESSION_OPS.reveal, { id: sessionId })).data!.revealVotes.spread[0];
    expect(two).toEqual({ scored: 2, withheld: true, median: null, levels: [], shownRoles: [], otherRolesCount: 0 });
    expect((await people[0].client(SESSION_OPS.participant, { id: sessionId })).data!.participantSession.spread[0].withheld).toBe(true);

    await lead(SESSION_OPS.revote, { id: sessionId });
    for (const p of people) await vote(p.client, sessionId, 'pm-1', 'good');
    const three = (await lead(SESSION_OPS.reveal, { id: sessionId })).data!.revealVotes.spread[0];
    expect(three).toMatchObject({ scored: 3, withheld: false, median: 2 });
    expect(three.levels.map((l: { count: number }) => l.count)).toEqual([0, 0, 3, 0]);
  });

  it('should show a role only where 2 of that role scored', async () => {
    const { lead, sessionId, joinCode } = await liveSession();
    const roles = ['OFFICER', 'OFFICER', 'COUNCILLOR', 'COUNCILLOR', 'PARTNER', 'MANAGER'];
    const people = [];
    for (const role of roles) people.push(await join(t, joinCode, role));
    await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-2' });
    const levels = ['poor', 'fair', 'good', 'good', 'excellent', 'fair'];
    for (let i = 0; i < people.length; i++) await vote(people[i].client, sessionId, 'pm-2', levels[i]);
    const spread = (await lead(SESSION_OPS.reveal, { id: sessionId })).data!.revealVotes.spread[0];
    // 2 officers and 2 councillors are shown; the partner and the manager (1 each) only together.
    expect(spread.shownRoles).toEqual(['COUNCILLOR', 'OFFICER']);
    expect(spread.otherRolesCount).toBe(2);
    const good = spread.levels.find((l: { level: { key: string } }) => l.level.key === 'good');
    expect(good.byRole).toEqual([
      { role: 'COUNCILLOR', count: 2 },
      { role: 'OFFICER', count: 0 },
    ]);
    expect(JSON.stringify(spread)).not.toMatch(/PARTNER|MANAGER/);

    // One officer fewer: a role of 1 is never shown.
    await lead(SESSION_OPS.revote, { id: sessionId });
    for (let i = 1; i < people.length; i++) await vote(people[i].client, sessionId, 'pm-2', levels[i]);
    const fewer = (await lead(SESSION_OPS.reveal, { id: sessionId })).data!.revealVotes.spread[0];
    expect(fewer.shownRoles).toEqual(['COUNCILLOR']);
    expect(fewer.otherRolesCount).toBe(3);
  });

  it('should skip a statement as not important, and count it apart in coverage', async () => {
    const { lead, assessmentId, sessionId } = await liveSession();
    const skipped = await lead(SESSION_OPS.skip, { id: sessionId, item: 'pm-3' });
    expect(skipped.errors).toBeUndefined();
    const coverage = await lead(
      `{ assessment(id: "${assessmentId}") { skippedItemKeys coverage { skipped sections { section { key } included total skipped } } } }`,
    );
    expect(coverage.data!.assessment.skippedItemKeys).toEqual(['pm-3']);
    const pm = coverage.data!.assessment.coverage.sections.find(
      (s: { section: { key: string } }) => s.section.key === 'performance-management',
    );
    expect(pm).toMatchObject({ included: true, skipped: 1 });
  });

  it('should continue a draft in a later session of the series, showing what is already agreed', async () => {
    const { lead, assessmentId, sessionId, joinCode } = await liveSession();
    const people = [await join(t, joinCode, 'OFFICER'), await join(t, joinCode, 'OFFICER'), await join(t, joinCode, 'MANAGER')];
    await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' });
    for (const p of people) await vote(p.client, sessionId, 'pm-1', 'good');
    await lead(SESSION_OPS.reveal, { id: sessionId });
    await lead(SESSION_OPS.agree, { input: { sessionId, itemKey: 'pm-1', levels: [{ levelKey: 'good' }] } });
    await lead(SESSION_OPS.end, { id: sessionId });

    const next = await openSession(lead, assessmentId);
    const view = await lead(
      `{ facilitatorSession(sessionId: "${next.sessionId}") { statements { item { key } phase agreedInAssessment } } }`,
    );
    expect(view.data!.facilitatorSession.statements.slice(0, 2)).toEqual([
      { item: { key: 'pm-1' }, phase: null, agreedInAssessment: true },
      { item: { key: 'pm-2' }, phase: null, agreedInAssessment: false },
    ]);
    const list = await lead(SESSION_OPS.sessions, { id: assessmentId });
    expect(list.data!.facilitatedSessions.map((s: { session: { status: string } }) => s.session.status)).toEqual(['OPEN', 'ENDED']);
  });

  it('should keep an assessment plan and list sessions with their counts', async () => {
    const lead = await t.as('chesterfieldLead');
    const assessmentId = await createDraft(lead, CHESTERFIELD, nextRound());
    const planned = await lead(
      `mutation ($input: PlanAssessmentInput!) { planAssessment(input: $input) { purpose chair noteTaker cadence actionTimescale includedSections { key } } }`,
      {
        input: {
          assessmentId,
          sectionKeys: ['performance-management', 'financial-management'],
          purpose: 'Before the restructure',
          chair: 'Head of planning',
          noteTaker: 'Business support',
          cadence: 'SERIES',
          actionTimescale: 'Six months',
        },
      },
    );
    expect(planned.errors).toBeUndefined();
    expect(planned.data!.planAssessment.includedSections.map((s: { key: string }) => s.key)).toEqual([
      'performance-management',
      'financial-management',
    ]);
    // Sections left out of the plan count nothing in coverage; skipped statements are not in the total.
    await lead(`mutation { planAssessment(input: { assessmentId: "${assessmentId}", skippedItemKeys: ["pm-2"] }) { id } }`);
    const coverage = await lead(
      `{ assessment(id: "${assessmentId}") { coverage { total skipped sections { section { key } included total skipped } } } }`,
    );
    const bySection = new Map(
      coverage.data!.assessment.coverage.sections.map((s: { section: { key: string } }) => [s.section.key, s] as const),
    );
    expect(bySection.get('use-of-it')).toEqual({ section: { key: 'use-of-it' }, included: false, total: 0, skipped: 0 });
    expect(bySection.get('performance-management')).toMatchObject({ included: true, skipped: 1 });
    expect(coverage.data!.assessment.coverage.skipped).toBe(1);
    // A session may cover only the sections the plan includes.
    const outside = await lead(SESSION_OPS.open, { input: { assessmentId, sectionKeys: ['use-of-it'] } });
    expect(errorCodes(outside)[0].reason).toBe('SECTION_NOT_IN_ASSESSMENT');
    const { sessionId } = await openSession(lead, assessmentId, ['financial-management']);
    const list = await lead(SESSION_OPS.sessions, { id: assessmentId });
    expect(list.data!.facilitatedSessions).toEqual([
      { session: { id: sessionId, status: 'OPEN' }, participantCount: 0, agreedCount: 0, skippedCount: 0 },
    ]);
  });

  it('should keep a survey link open for the days set, take scores at each participant’s pace and hand them over on ending', async () => {
    const lead = await t.as('chesterfieldLead');
    const assessmentId = await createDraft(lead, CHESTERFIELD, nextRound());
    const opened = await lead(
      `mutation ($input: OpenSessionInput!) { openSession(input: $input) { session { id mode joinCode joinCodeExpiresAt } } }`,
      { input: { assessmentId, sectionKeys: ['performance-management'], mode: 'SURVEY', surveyDays: 3 } },
    );
    const { id: sessionId, joinCode, joinCodeExpiresAt, mode } = opened.data!.openSession.session;
    expect(mode).toBe('SURVEY');
    expect(new Date(joinCodeExpiresAt).getTime() - Date.now()).toBeGreaterThan(2.9 * 24 * 3600_000);
    // A survey has no statement on screen.
    expect(errorCodes(await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' }))[0].reason).toBe('WRONG_MODE');

    const first = await join(t, joinCode, 'COUNCILLOR');
    const second = await join(t, joinCode, 'PARTNER');
    const view = await first.client(
      `{ participantSession(sessionId: "${sessionId}") { canVote surveyClosesAt surveyStatements { item { key } } } }`,
    );
    expect(view.data!.participantSession.canVote).toBe(true);
    expect(view.data!.participantSession.surveyStatements.map((s: { item: { key: string } }) => s.item.key).slice(0, 2)).toEqual([
      'pm-1',
      'pm-2',
    ]);
    expect((await vote(first.client, sessionId, 'pm-3', 'good')).errors).toBeUndefined();
    expect((await vote(first.client, sessionId, 'pm-1', 'poor')).errors).toBeUndefined();
    expect((await vote(second.client, sessionId, 'pm-1', 'fair')).errors).toBeUndefined();

    await lead(SESSION_OPS.end, { id: sessionId });
    const responses = await t.dataSource.query(
      `SELECT p.role, i.key AS item, l.key AS level FROM participant_response r JOIN participant p ON p.id = r.participant_id
         JOIN framework_item i ON i.id = r.item_id JOIN rating_level l ON l.id = r.level_id WHERE p.assessment_id = $1 ORDER BY i.key, p.role`,
      [assessmentId],
    );
    expect(responses).toEqual([
      { role: 'councillor', item: 'pm-1', level: 'poor' },
      { role: 'partner', item: 'pm-1', level: 'fair' },
      { role: 'councillor', item: 'pm-3', level: 'good' },
    ]);
    // Two survey participants, two of the assessment's participants: one each, whatever they scored.
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM participant WHERE assessment_id = $1`, [assessmentId]);
    expect(n).toBe(2);
  });

  it('should stop a survey taking scores once its days are over', async () => {
    const lead = await t.as('chesterfieldLead');
    const assessmentId = await createDraft(lead, CHESTERFIELD, nextRound());
    const opened = await lead(SESSION_OPS.open, {
      input: { assessmentId, sectionKeys: ['performance-management'], mode: 'SURVEY', surveyDays: 1 },
    });
    const { id: sessionId, joinCode } = opened.data!.openSession.session;
    const officer = await join(t, joinCode, 'OFFICER');
    await vote(officer.client, sessionId, 'pm-1', 'good');
    await t.dataSource.query(`UPDATE facilitated_session SET join_code_expires_at = now() - interval '1 second' WHERE id = $1`, [
      sessionId,
    ]);
    expect(errorCodes(await vote(officer.client, sessionId, 'pm-1', 'poor'))).toEqual([{ code: 'CONFLICT', reason: 'VOTING_CLOSED' }]);
    expect((await officer.client(SESSION_OPS.participant, { id: sessionId })).data!.participantSession.canVote).toBe(false);
    // Its scores are still handed over when the lead ends it.
    await lead(SESSION_OPS.end, { id: sessionId });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM participant_response r JOIN participant p ON p.id = r.participant_id WHERE p.assessment_id = $1`,
      [assessmentId],
    );
    expect(n).toBe(1);
  });

  describe('bad input and abuse', () => {
    it('should refuse a wrong code, an expired code, closed joining and an ended session, each with its own error', async () => {
      const { lead, sessionId, joinCode } = await liveSession();
      expect(errorCodes(await t.gql(SESSION_OPS.join, { code: 'ZZZZZZ', role: 'OFFICER' }))).toEqual([
        { code: 'NOT_FOUND', reason: 'JOIN_CODE_INVALID' },
      ]);
      expect(errorCodes(await t.gql(SESSION_OPS.join, { code: '0O1IL5', role: 'OFFICER' }))[0].reason).toBe('JOIN_CODE_INVALID');

      await lead(SESSION_OPS.closeJoining, { id: sessionId });
      expect(errorCodes(await t.gql(SESSION_OPS.join, { code: joinCode, role: 'OFFICER' }))).toEqual([
        { code: 'CONFLICT', reason: 'JOINING_CLOSED' },
      ]);
      await lead(SESSION_OPS.reopenJoining, { id: sessionId });
      const officer = await join(t, joinCode, 'OFFICER');

      await t.dataSource.query(`UPDATE facilitated_session SET join_code_expires_at = now() - interval '1 minute' WHERE id = $1`, [
        sessionId,
      ]);
      expect(errorCodes(await t.gql(SESSION_OPS.join, { code: joinCode, role: 'OFFICER' }))[0].reason).toBe('JOIN_CODE_EXPIRED');

      await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' });
      await vote(officer.client, sessionId, 'pm-1', 'good');
      await lead(SESSION_OPS.end, { id: sessionId });
      expect(errorCodes(await t.gql(SESSION_OPS.join, { code: joinCode, role: 'OFFICER' }))[0].reason).toBe('SESSION_ENDED');
      expect(errorCodes(await vote(officer.client, sessionId, 'pm-1', 'poor'))[0].reason).toBe('SESSION_ENDED');
      expect(errorCodes(await lead(SESSION_OPS.reveal, { id: sessionId }))[0].reason).toBe('SESSION_ENDED');
      // Ending lost nothing: the vote on the statement never agreed is the participant's response.
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM participant_response r JOIN participant p ON p.id = r.participant_id JOIN facilitated_session s ON s.assessment_id = p.assessment_id WHERE s.id = $1`,
        [sessionId],
      );
      expect(n).toBe(1);
    });

    it('should refuse a forged token, another session’s token and a participant acting as facilitator', async () => {
      const first = await liveSession();
      const second = await liveSession();
      const officer = await join(t, first.joinCode, 'OFFICER');
      await first.lead(SESSION_OPS.openStatement, { id: first.sessionId, item: 'pm-1' });
      await second.lead(SESSION_OPS.openStatement, { id: second.sessionId, item: 'pm-1' });

      const forged = t.client({ 'x-participant-token': 'tsp_' + 'A'.repeat(43) });
      expect(errorCodes(await vote(forged, first.sessionId, 'pm-1', 'good'))).toEqual([
        { code: 'UNAUTHENTICATED', reason: 'PARTICIPANT_TOKEN_INVALID' },
      ]);
      expect(errorCodes(await t.gql(SESSION_OPS.participant, { id: first.sessionId }))[0].reason).toBe('PARTICIPANT_TOKEN_INVALID');
      expect(errorCodes(await vote(officer.client, second.sessionId, 'pm-1', 'good'))).toEqual([
        { code: 'FORBIDDEN', reason: 'PARTICIPANT_NOT_IN_SESSION' },
      ]);
      expect(errorCodes(await officer.client(SESSION_OPS.participant, { id: second.sessionId }))[0].reason).toBe(
        'PARTICIPANT_NOT_IN_SESSION',
      );
      // A participant's token is no sign-in: facilitator operations are refused.
      for (const op of [SESSION_OPS.reveal, SESSION_OPS.facilitator, SESSION_OPS.presenter, SESSION_OPS.end]) {
        expect(errorCodes(await officer.client(op, { id: first.sessionId }))[0].code).toBe('UNAUTHENTICATED');
      }
      const stillOpen = await first.lead(SESSION_OPS.facilitator, { id: first.sessionId });
      expect(stillOpen.data!.facilitatorSession).toMatchObject({ session: { status: 'OPEN' }, current: { phase: 'SCORING' } });
    });

    it('should refuse a second join from the same device and keep its score', async () => {
      const { lead, sessionId, joinCode } = await liveSession();
      const officer = await join(t, joinCode, 'OFFICER');
      await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' });
      await vote(officer.client, sessionId, 'pm-1', 'good');
      const again = await officer.client(SESSION_OPS.join, { code: joinCode, role: 'MANAGER' });
      expect(errorCodes(again)).toEqual([{ code: 'CONFLICT', reason: 'ALREADY_JOINED' }]);
      const view = await officer.client(SESSION_OPS.participant, { id: sessionId });
      expect(view.data!.participantSession).toMatchObject({ role: 'OFFICER', myVotes: [{ level: { key: 'good' } }] });
      expect((await lead(SESSION_OPS.facilitator, { id: sessionId })).data!.facilitatorSession.participantsByRole).toEqual(
        expect.arrayContaining([
          { role: 'OFFICER', count: 1 },
          { role: 'MANAGER', count: 0 },
        ]),
      );
    });

    it('should keep another council’s session out of reach, and members from facilitating', async () => {
      const { sessionId } = await liveSession();
      const uttlesford = await t.as('uttlesfordLead');
      for (const op of [SESSION_OPS.facilitator, SESSION_OPS.presenter, SESSION_OPS.reveal, SESSION_OPS.end]) {
        expect(errorCodes(await uttlesford(op, { id: sessionId }))[0].reason).toBe('SESSION_NOT_FOUND');
      }
      const member = await t.as('bolsoverMember');
      expect(errorCodes(await member(SESSION_OPS.reveal, { id: sessionId }))[0].code).toBe('FORBIDDEN');
      // Bolsover's own draft: a member may plan it, but not open a session on it.
      const admin = await t.as('admin');
      const bolsoverDraft = await createDraft(admin, 'E07000033', nextRound());
      expect(
        errorCodes(await member(SESSION_OPS.open, { input: { assessmentId: bolsoverDraft, sectionKeys: ['performance-management'] } }))[0]
          .code,
      ).toBe('FORBIDDEN');
    });

    it('should validate votes and agreed levels', async () => {
      const { lead, sessionId, joinCode } = await liveSession();
      const officer = await join(t, joinCode, 'OFFICER');
      await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' });
      expect(errorCodes(await vote(officer.client, sessionId, 'pm-1', 'superb'))[0].reason).toBe('RATING_INVALID');
      expect(errorCodes(await vote(officer.client, sessionId, 'pm-2', 'good'))[0].reason).toBe('STATEMENT_NOT_OPEN');
      expect(errorCodes(await vote(officer.client, sessionId, 'fm-1', 'good'))[0].reason).toBe('STATEMENT_NOT_IN_SESSION');
      expect(
        errorCodes(await lead(SESSION_OPS.agree, { input: { sessionId, itemKey: 'pm-1', levels: [{ levelKey: 'good' }] } }))[0].reason,
      ).toBe('NOT_REVEALED');
    });

    it('should limit failed joins per address, in the database', async () => {
      const limited = await startTestApp({ env: { SESSION_JOIN_MAX_FAILURES: '3' } });
      try {
        const lead = await limited.as('chesterfieldLead');
        const { joinCode } = await openSession(lead, await createDraft(lead, CHESTERFIELD, nextRound()));
        for (let i = 0; i < 3; i++)
          expect(errorCodes(await limited.gql(SESSION_OPS.join, { code: 'WRONG2', role: 'OFFICER' }))[0].reason).toBe('JOIN_CODE_INVALID');
        // Even the right code is refused now, from this address.
        expect(errorCodes(await limited.gql(SESSION_OPS.join, { code: joinCode, role: 'OFFICER' }))).toEqual([
          { code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_JOIN_ATTEMPTS' },
        ]);
        const [{ n }] = await limited.dataSource.query(`SELECT count(*)::int AS n FROM session_join_failure`);
        expect(n).toBe(3);
      } finally {
        await limited.close();
      }
    });

    it("should lose no votes when the facilitator's connection drops", async () => {
      const { lead, sessionId, joinCode } = await liveSession();
      const { sessionToken } = await t.signIn('lead.chesterfield@demo.touchstone.test');
      const facilitator = new SessionSubscriber(t.app.url, sessionId, { sessionToken: sessionToken! });
      const people = [await join(t, joinCode, 'OFFICER'), await join(t, joinCode, 'OFFICER'), await join(t, joinCode, 'MANAGER')];
      await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-4' });
      await facilitator.waitForKind('STATEMENT_OPENED');
      await vote(people[0].client, sessionId, 'pm-4', 'good');
      await facilitator.close();
      await vote(people[1].client, sessionId, 'pm-4', 'fair');
      await vote(people[2].client, sessionId, 'pm-4', 'poor');
      // The facilitator reconnects and reads the state: every vote is there.
      const back = new SessionSubscriber(t.app.url, sessionId, { sessionToken: sessionToken! });
      expect((await lead(SESSION_OPS.facilitator, { id: sessionId })).data!.facilitatorSession.scoredCount).toBe(3);
      await back.close();
    });
  });

  describe('subscriptions', () => {
    it('should deliver changes to the facilitator and participants, and refuse others on subscribing', async () => {
      const { lead, sessionId, joinCode } = await liveSession();
      const { sessionToken } = await t.signIn('lead.chesterfield@demo.touchstone.test');
      const officer = await join(t, joinCode, 'OFFICER');
      const other = await liveSession();
      const outsider = await join(t, other.joinCode, 'OFFICER');
      const { sessionToken: uttlesfordToken } = await t.signIn('lead.uttlesford@demo.touchstone.test');

      const facilitator = new SessionSubscriber(t.app.url, sessionId, { sessionToken: sessionToken! });
      const participant = new SessionSubscriber(t.app.url, sessionId, { participantToken: officer.token });
      const forged = new SessionSubscriber(t.app.url, sessionId, { participantToken: 'tsp_forged' });
      const wrongSession = new SessionSubscriber(t.app.url, sessionId, { participantToken: outsider.token });
      const otherCouncil = new SessionSubscriber(t.app.url, sessionId, { sessionToken: uttlesfordToken! });
      const anonymous = new SessionSubscriber(t.app.url, sessionId, {});
      try {
        for (const [refused, reason] of [
          [forged, 'PARTICIPANT_TOKEN_INVALID'],
          [wrongSession, 'PARTICIPANT_NOT_IN_SESSION'],
          [otherCouncil, 'SESSION_NOT_FOUND'],
          [anonymous, 'UNAUTHENTICATED'],
        ] as const) {
          await refused.waitFor(() => refused.errors.length > 0);
          expect(JSON.stringify(refused.errors)).toContain(reason);
        }
        // Subscribed: a change reaches both, and says what changed, not the data.
        await pokeUntilHeard([facilitator, participant], () => lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' }));
        await vote(officer.client, sessionId, 'pm-1', 'good');
        await facilitator.waitForKind('VOTE_CHANGED');
        await participant.waitForKind('VOTE_CHANGED');
        expect(facilitator.events.find((e) => e.kind === 'VOTE_CHANGED')).toEqual({
          sessionId,
          kind: 'VOTE_CHANGED',
          version: expect.any(Number),
        });
        expect(JSON.stringify(participant.events)).not.toContain('good');
      } finally {
        for (const s of [facilitator, participant, forged, wrongSession, otherCouncil, anonymous]) await s.close();
      }
    });

    it('should check access again on every event: a facilitator who signs out stops receiving them', async () => {
      const { lead, sessionId } = await liveSession();
      const { sessionToken } = await t.signIn('lead.chesterfield@demo.touchstone.test');
      const facilitator = new SessionSubscriber(t.app.url, sessionId, { sessionToken: sessionToken! });
      try {
        await pokeUntilHeard([facilitator], () => lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' }));
        await t.client({ cookie: `touchstone_session=${sessionToken}` })('mutation { signOut }');
        const heard = facilitator.events.length;
        await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-2' });
        await facilitator.waitFor(() => facilitator.errors.length > 0);
        expect(facilitator.events.length).toBe(heard);
        expect(JSON.stringify(facilitator.errors)).toContain('UNAUTHENTICATED');
      } finally {
        await facilitator.close();
      }
    });
  });
});
