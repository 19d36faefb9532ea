import { ASSESSMENT, ASSESSMENTS, CREATE_ASSESSMENT, RECORD_AGREED, RECORD_RESPONSES, SUBMIT } from '../support/operations';
import { useTestApp } from '../support/test-app';

const CHESTERFIELD = 'E07000034';

describe('assessment lifecycle through GraphQL', () => {
  const suite = useTestApp('chesterfieldLead');

  const create = async (round: string, frameworkKey = 'dm-challenge-toolkit') => {
    const result = await suite.gql(CREATE_ASSESSMENT, { input: { councilGssCode: CHESTERFIELD, frameworkKey, round } });
    expect(result.errors).toBeUndefined();
    return result.data!.createAssessment;
  };

  it('should serve the frameworks and all English authorities', async () => {
    const result = await suite.gql(
      `{ frameworks { key kind itemCount sections { key items { key } } dimensions { key levels { key score } } } councils { gssCode } }`,
    );
    const frameworks = new Map(result.data!.frameworks.map((f: { key: string }) => [f.key, f]));
    expect((frameworks.get('dm-challenge-toolkit') as { sections: unknown[] }).sections).toHaveLength(15);
    expect(frameworks.get('improvement-breakthroughs')).toMatchObject({ itemCount: 22 });
    expect((frameworks.get('improvement-breakthroughs') as { sections: unknown[] }).sections).toHaveLength(8);
    expect(result.data!.councils.length).toBeGreaterThanOrEqual(296);
  });

  it('should score a draft live, submit it once, and keep the stored scores', async () => {
    const draft = await create('2026-27');
    expect(draft).toMatchObject({ status: 'DRAFT', participantCount: 0, supersedesId: null, council: { gssCode: CHESTERFIELD } });

    // Three participants rate two performance-management statements; nobody answers pm-3.
    for (const [role, l1, l2] of [
      ['OFFICER', 'poor', 'good'],
      ['MANAGER', 'fair', 'excellent'],
      ['COUNCILLOR', 'excellent', 'good'],
    ]) {
      const r = await suite.gql(RECORD_RESPONSES, {
        input: {
          assessmentId: draft.id,
          role,
          responses: [
            { itemKey: 'pm-1', levelKey: l1 },
            { itemKey: 'pm-2', levelKey: l2 },
          ],
        },
      });
      expect(r.errors).toBeUndefined();
    }
    // The lead records the agreed view on pm-2 only: pm-1 falls back to the participants' median.
    const agreed = await suite.gql(RECORD_AGREED, {
      input: { assessmentId: draft.id, ratings: [{ itemKey: 'pm-2', levelKey: 'good', note: 'Agreed at the team day.' }] },
    });
    expect(agreed.errors).toBeUndefined();
    const pm = agreed.data!.recordAgreedRatings.sectionScores.find(
      (s: { section: { key: string } }) => s.section.key === 'performance-management',
    );
    // pm-1: median of poor(0), fair(33.33), excellent(100) = 33.33; pm-2: agreed good = 66.67.
    expect(pm.score).toBeCloseTo((33.33 + 66.67) / 2, 1);
    expect(pm.answered).toBe(2);
    expect(pm.coverage).toBeCloseTo(2 / pm.total);
    expect(pm.spread).toBeGreaterThan(0);
    expect(agreed.data!.recordAgreedRatings.participantCount).toBe(3);

    const submitted = await suite.gql(SUBMIT, { id: draft.id });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitAssessment).toMatchObject({ status: 'SUBMITTED', submittedAt: expect.any(String) });
    const stored = await suite.t.dataSource.query(
      `SELECT count(*)::int AS n FROM assessment_score WHERE assessment_id = $1 AND scope = 'section'`,
      [draft.id],
    );
    expect(stored[0].n).toBe(15);

    const reread = await suite.gql(ASSESSMENT, { id: draft.id });
    const storedPm = reread.data!.assessment.sectionScores.find(
      (s: { section: { key: string } }) => s.section.key === 'performance-management',
    );
    expect(storedPm.score).toBeCloseTo(pm.score, 2);
    expect(storedPm.spread).toBeCloseTo(pm.spread, 2);
  });

  it('should keep history when a re-submission supersedes a submission', async () => {
    const first = await create('2027-28');
    await suite.gql(RECORD_AGREED, { input: { assessmentId: first.id, ratings: [{ itemKey: 'pm-1', levelKey: 'fair' }] } });
    await suite.gql(SUBMIT, { id: first.id });

    const second = await create('2027-28');
    expect(second.supersedesId).toBe(first.id);
    await suite.gql(RECORD_AGREED, { input: { assessmentId: second.id, ratings: [{ itemKey: 'pm-1', levelKey: 'good' }] } });
    expect((await suite.gql(SUBMIT, { id: second.id })).data!.submitAssessment.status).toBe('SUBMITTED');

    expect((await suite.gql(ASSESSMENT, { id: first.id })).data!.assessment.status).toBe('SUPERSEDED');
    const current = (await suite.gql(ASSESSMENTS, { gss: CHESTERFIELD, history: false })).data!.assessments.map(
      (a: { id: string }) => a.id,
    );
    const history = (await suite.gql(ASSESSMENTS, { gss: CHESTERFIELD, history: true })).data!.assessments.map((a: { id: string }) => a.id);
    expect(current).toContain(second.id);
    expect(current).not.toContain(first.id);
    expect(history).toEqual(expect.arrayContaining([first.id, second.id]));
  });

  it('should take ratings on both dimensions of a two-dimension framework', async () => {
    const draft = await create('2026-27', 'improvement-breakthroughs');
    const frameworks = await suite.gql(`{ framework(key: "improvement-breakthroughs") { sections { items { key } } } }`);
    const firstItem = frameworks.data!.framework.sections[0].items[0].key;
    const r = await suite.gql(RECORD_RESPONSES, {
      input: {
        assessmentId: draft.id,
        role: 'PARTNER',
        responses: [
          { itemKey: firstItem, dimensionKey: 'progress', levelKey: 'achieved' },
          { itemKey: firstItem, dimensionKey: 'plan-coverage', levelKey: 'no' },
        ],
      },
    });
    expect(r.errors).toBeUndefined();
    const scores = r.data!.recordParticipantResponses.sectionScores.filter((s: { answered: number }) => s.answered > 0);
    expect(scores.map((s: { dimension: { key: string }; score: number }) => [s.dimension.key, s.score])).toEqual([
      ['progress', 100],
      ['plan-coverage', 0],
    ]);
  });
});
