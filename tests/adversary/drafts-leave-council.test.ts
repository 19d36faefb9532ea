import { PRESENT_SECRETS } from '../../api/src/common/database/viewer-transaction';
import { CREATE_ASSESSMENT, RECORD_AGREED, RECORD_RESPONSES, SUBMIT_COMPLETED } from '../support/operations';
import { connectAsApiRole } from '../support/api-role-client';
import {
  ACCOUNTS,
  type AccountName,
  errorCodes,
  type GraphQLClient,
  type GraphQLResponse,
  startTestApp,
  type TestApp,
} from '../support/test-app';

/**
 * Finding 8 of the disclosure audit, played through the API as the real roles: Chesterfield has a
 * submitted assessment and is revising it in a draft, and has a draft for a later round. Bolsover, a
 * consenting collaboration partner, and PAS, with whom Chesterfield shares its results, try every
 * read that crosses the council's boundary. Only the submission may come back; Chesterfield itself
 * still sees its drafts.
 */

const FRAMEWORK = 'dm-challenge-toolkit';
const CHESTERFIELD = 'E07000034';
const BOLSOVER = 'E07000033';
const SUBMITTED_ROUND = '2041-42';
const LATER_ROUND = '2042-43';

type Framework = {
  sections: { key: string; items: { key: string }[] }[];
  dimensions: { key: string; levels: { key: string; position: number }[] }[];
};

/** Everything an outsider could ask of an assessment: agreed ratings, scores, participants and coverage. */
const DRAFT_FIELDS = `id status round
  agreedRatings { item { key } level { key } note }
  sectionScores { section { key } score }
  themeScores { score }
  participantCount
  participantsByRole { role count }
  coverage { agreed scoredOnly }`;
const ASSESSMENT = `query ($id: ID!) { assessment(id: $id) { ${DRAFT_FIELDS} } }`;
const ASSESSMENTS = `query ($gss: String!) { assessments(councilGssCode: $gss, includeSuperseded: true) { id status round } }`;
const ASSESSMENTS_WITH_FIELDS = `query ($gss: String!) { assessments(councilGssCode: $gss, includeSuperseded: true) { ${DRAFT_FIELDS} } }`;
const COMPARISON = `query ($groupId: ID!, $round: String!) {
  collaborationComparison(frameworkKey: "${FRAMEWORK}", round: $round, groupId: $groupId) {
    councils { gssCode } rows { item { key } levels { key } }
  }
}`;
const POSITION = `query ($gss: String!, $round: String!) {
  councilPosition(councilGssCode: $gss, frameworkKey: "${FRAMEWORK}", round: $round) { councilHasSubmitted subjects { key councilScore answered } }
}`;

describe('adversary: drafts leaving the council', () => {
  let t: TestApp;
  let framework: Framework;
  let lead: GraphQLClient;
  let submittedId: string;
  /** A draft revising the submission, and a draft for a later round, both with agreed ratings and participants. */
  const drafts: string[] = [];
  let groupId: string;
  const level = (position: number) => framework.dimensions[0].levels.find((l) => l.position === position)!.key;
  const allItems = () => framework.sections.flatMap((s) => s.items);
  /** The submission rates every statement at the lowest level; the drafts at the highest, so a leak is unmistakable. */
  const submittedLevel = () => level(0);
  const draftLevel = () => level(framework.dimensions[0].levels.length - 1);

  async function openDraft(round: string): Promise<string> {
    const created = await lead(CREATE_ASSESSMENT, { input: { councilGssCode: CHESTERFIELD, frameworkKey: FRAMEWORK, round } });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createAssessment.id as string;
    const ratings = allItems().map((i) => ({ itemKey: i.key, levelKey: draftLevel() }));
    for (const role of ['OFFICER', 'COUNCILLOR']) {
      expect((await lead(RECORD_RESPONSES, { input: { assessmentId: id, role, responses: ratings } })).errors).toBeUndefined();
    }
    const agreed = ratings.map((r) => ({ ...r, note: 'Draft note: not agreed by the council yet' }));
    expect((await lead(RECORD_AGREED, { input: { assessmentId: id, ratings: agreed } })).errors).toBeUndefined();
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    lead = await t.as('chesterfieldLead');
    framework = (
      await lead(`{ framework(key: "${FRAMEWORK}") { sections { key items { key } } dimensions { key levels { key position } } } }`)
    ).data!.framework;
    const submitted = await lead(SUBMIT_COMPLETED, {
      input: {
        councilGssCode: CHESTERFIELD,
        frameworkKey: FRAMEWORK,
        round: SUBMITTED_ROUND,
        participants: [{ role: 'OFFICER', responses: allItems().map((i) => ({ itemKey: i.key, levelKey: submittedLevel() })) }],
        agreedRatings: allItems().map((i) => ({ itemKey: i.key, levelKey: submittedLevel() })),
      },
    });
    expect(submitted.errors).toBeUndefined();
    submittedId = submitted.data!.submitCompletedAssessment.id;
    drafts.push(await openDraft(SUBMITTED_ROUND), await openDraft(LATER_ROUND));
    const groups = (await lead(`{ collaborationGroups { id members { council { gssCode } } } }`)).data!.collaborationGroups as {
      id: string;
      members: { council: { gssCode: string } }[];
    }[];
    groupId = groups.find((g) => g.members.some((m) => m.council.gssCode === BOLSOVER))!.id;
  });
  afterAll(() => t.close());

  /** Asserts a read of a draft came back as if the draft did not exist, with none of its data. */
  const expectNotFound = (response: GraphQLResponse) => {
    expect(response.data?.assessment ?? null).toBeNull();
    expect(errorCodes(response)[0]).toEqual({ code: 'NOT_FOUND', reason: 'ASSESSMENT_NOT_FOUND' });
    expect(JSON.stringify(response)).not.toContain('Draft note');
  };

  describe.each([
    ['a consenting collaboration partner', 'bolsoverMember'],
    ['PAS, with whom the council shares its results', 'analyst'],
  ] as const)('%s', (_who, account) => {
    it('should not read a draft by its id: not its agreed ratings, scores, participants or coverage', async () => {
      const client = await t.as(account);
      for (const id of drafts) expectNotFound(await client(ASSESSMENT, { id }));
    });

    it("should not see the council's drafts listed, only its submission", async () => {
      const client = await t.as(account);
      const listed = (await client(ASSESSMENTS, { gss: CHESTERFIELD })).data!.assessments as { id: string; status: string }[];
      expect(listed.map((a) => a.status)).toEqual(['SUBMITTED']);
      expect(listed[0].id).toBe(submittedId);
      // Asked for everything at once, nothing of a draft comes back either.
      const full = await client(ASSESSMENTS_WITH_FIELDS, { gss: CHESTERFIELD });
      expect(JSON.stringify(full.data)).not.toContain(draftLevel());
    });

    it('should still read the submission', async () => {
      const client = await t.as(account);
      const response = await client(`query ($id: ID!) { assessment(id: $id) { status agreedRatings { level { key } } } }`, {
        id: submittedId,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.assessment.status).toBe('SUBMITTED');
      expect(new Set(response.data!.assessment.agreedRatings.map((r: { level: { key: string } }) => r.level.key))).toEqual(
        new Set([submittedLevel()]),
      );
    });
  });

  it("should show partners the submission's agreed ratings side by side, never the revising draft's", async () => {
    const partner = await t.as('bolsoverMember');
    const comparison = (await partner(COMPARISON, { groupId, round: SUBMITTED_ROUND })).data!.collaborationComparison;
    const column = (comparison.councils as { gssCode: string }[]).findIndex((c) => c.gssCode === CHESTERFIELD);
    expect(column).toBeGreaterThanOrEqual(0);
    const levels = new Set((comparison.rows as { levels: ({ key: string } | null)[] }[]).map((r) => r.levels[column]?.key ?? null));
    expect(levels).toEqual(new Set([submittedLevel()]));
    const later = (await partner(COMPARISON, { groupId, round: LATER_ROUND })).data!.collaborationComparison;
    expect(JSON.stringify(later)).not.toContain(draftLevel());
  });

  it('should give PAS the position of the submission only, and none for a round with only a draft', async () => {
    const analyst = await t.as('analyst');
    const later = (await analyst(POSITION, { gss: CHESTERFIELD, round: LATER_ROUND })).data!.councilPosition;
    expect(later.councilHasSubmitted).toBe(false);
    expect(later.subjects.every((s: { councilScore: number | null }) => s.councilScore === null)).toBe(true);
    const submitted = (await analyst(POSITION, { gss: CHESTERFIELD, round: SUBMITTED_ROUND })).data!.councilPosition;
    expect(new Set(submitted.subjects.map((s: { councilScore: number | null }) => s.councilScore))).toEqual(new Set([0]));
  });

  it('should still let the council itself read its drafts, notes and all', async () => {
    for (const account of ['chesterfieldLead'] as const) {
      const client = await t.as(account);
      for (const id of drafts) {
        const response = await client(ASSESSMENT, { id });
        expect(response.errors).toBeUndefined();
        expect(response.data!.assessment).toMatchObject({ status: 'DRAFT', participantCount: 2 });
        expect(response.data!.assessment.agreedRatings[0].note).toContain('Draft note');
      }
      const listed = (await client(ASSESSMENTS, { gss: CHESTERFIELD })).data!.assessments as { status: string }[];
      expect(listed.filter((a) => a.status === 'DRAFT')).toHaveLength(2);
    }
  });

  it("should hide drafts in row-level security too, for the partner's and PAS's own sessions, below the API", async () => {
    const api = await connectAsApiRole(t);
    // PostgreSQL derives the viewer from the session secret itself, so each reader presents its own.
    const visible = async (account: AccountName) => {
      const { sessionToken } = await t.signIn(ACCOUNTS[account]);
      if (!sessionToken) throw new Error(`sign-in failed for ${account}`);
      await api.query('BEGIN');
      try {
        await api.query(PRESENT_SECRETS, [sessionToken, '', '']);
        const count = async (sql: string) => (await api.query(sql, [drafts])).rows[0].n as number;
        return {
          assessments: await count(`SELECT count(*)::int AS n FROM assessment WHERE id = ANY ($1)`),
          agreed: await count(`SELECT count(*)::int AS n FROM agreed_rating WHERE assessment_id = ANY ($1)`),
          participants: await count(`SELECT count(*)::int AS n FROM participant WHERE assessment_id = ANY ($1)`),
          responses: await count(
            `SELECT count(*)::int AS n FROM participant_response r JOIN participant p ON p.id = r.participant_id WHERE p.assessment_id = ANY ($1)`,
          ),
        };
      } finally {
        await api.query('ROLLBACK');
      }
    };
    try {
      const none = { assessments: 0, agreed: 0, participants: 0, responses: 0 };
      expect(await visible('bolsoverMember')).toEqual(none);
      expect(await visible('analyst')).toEqual(none);
      const own = await visible('chesterfieldLead');
      expect(own.assessments).toBe(2);
      expect(own.agreed).toBeGreaterThan(0);
    } finally {
      await api.end();
    }
  });
});
