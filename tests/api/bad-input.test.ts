import { CREATE_ASSESSMENT, RECORD_AGREED, RECORD_RESPONSES, SUBMIT } from '../support/operations';
import { errorCodes, useTestApp } from '../support/test-app';

/** Every bad request must get a clear error with a stable code and change nothing. */
describe('bad input', () => {
  const suite = useTestApp('chesterfieldLead');
  let draftId: string;
  let submittedId: string;

  const snapshot = async () =>
    (
      await suite.t.dataSource.query(
        `SELECT (SELECT count(*) FROM assessment) AS assessments, (SELECT count(*) FROM assessment WHERE status = 'submitted') AS submitted,
              (SELECT count(*) FROM participant) AS participants, (SELECT count(*) FROM participant_response) AS responses,
              (SELECT count(*) FROM agreed_rating) AS agreed, (SELECT count(*) FROM assessment_score) AS scores,
              (SELECT max(updated_at) FROM assessment) AS last_change`,
      )
    )[0];

  beforeAll(async () => {
    const draft = await suite.gql(CREATE_ASSESSMENT, {
      input: { councilGssCode: 'E07000034', frameworkKey: 'improvement-breakthroughs', round: '2026-27' },
    });
    draftId = draft.data!.createAssessment.id;
    const other = await suite.gql(CREATE_ASSESSMENT, {
      input: { councilGssCode: 'E07000034', frameworkKey: 'dm-challenge-toolkit', round: '2026-27' },
    });
    submittedId = other.data!.createAssessment.id;
    await suite.gql(RECORD_AGREED, { input: { assessmentId: submittedId, ratings: [{ itemKey: 'pm-1', levelKey: 'good' }] } });
    await suite.gql(SUBMIT, { id: submittedId });
  });

  const progress = (itemKey: string, levelKey: string) => ({ itemKey, dimensionKey: 'progress', levelKey });
  const firstBreakthroughItem = async () =>
    (await suite.gql(`{ framework(key: "improvement-breakthroughs") { sections { items { key } } } }`)).data!.framework.sections[0].items[0]
      .key as string;

  type Request = [string, Record<string, unknown>];
  /** A new draft for Chesterfield's 2026-27 DM Challenge Toolkit round, but for what `input` changes. */
  const newDraft = (input: Record<string, unknown>) => async (): Promise<Request> => [
    CREATE_ASSESSMENT,
    { input: { councilGssCode: 'E07000034', frameworkKey: 'dm-challenge-toolkit', round: '2026-27', ...input } },
  ];
  const officerResponses = (responses: unknown[]): Request => [
    RECORD_RESPONSES,
    { input: { assessmentId: draftId, role: 'OFFICER', responses } },
  ];

  const cases: [string, () => Promise<Request>, { code: string; reason?: string }][] = [
    ['an unknown council', newDraft({ councilGssCode: 'E07999999' }), { code: 'NOT_FOUND', reason: 'COUNCIL_NOT_FOUND' }],
    ['a malformed GSS code', newDraft({ councilGssCode: 'Chesterfield' }), { code: 'BAD_USER_INPUT' }],
    ['an unknown framework', newDraft({ frameworkKey: 'no-such-framework' }), { code: 'NOT_FOUND', reason: 'FRAMEWORK_NOT_FOUND' }],
    ['an unknown framework version', newDraft({ frameworkVersion: '1999' }), { code: 'NOT_FOUND', reason: 'FRAMEWORK_NOT_FOUND' }],
    [
      'a plan template as a rated assessment',
      newDraft({ frameworkKey: 'peer-challenge-plan' }),
      { code: 'BAD_USER_INPUT', reason: 'FRAMEWORK_NOT_RATED' },
    ],
    ['a round that is not a financial year', newDraft({ round: '2026-28' }), { code: 'BAD_USER_INPUT' }],
    [
      'a second draft for the same round',
      newDraft({ frameworkKey: 'improvement-breakthroughs' }),
      { code: 'CONFLICT', reason: 'ASSESSMENT_DRAFT_EXISTS' },
    ],
    [
      'an unknown assessment',
      async () => [
        RECORD_RESPONSES,
        { input: { assessmentId: '00000000-0000-4000-8000-000000000000', role: 'OFFICER', responses: [progress('x', 'achieved')] } },
      ],
      { code: 'NOT_FOUND', reason: 'ASSESSMENT_NOT_FOUND' },
    ],
    ['an assessment id that is not a UUID', async () => [SUBMIT, { id: 'not-a-uuid' }], { code: 'BAD_USER_INPUT' }],
    [
      'an unknown item',
      async () => officerResponses([progress(await firstBreakthroughItem(), 'achieved'), progress('no-such-item', 'achieved')]),
      { code: 'BAD_USER_INPUT', reason: 'ITEM_NOT_FOUND' },
    ],
    [
      'an unknown level',
      async () => officerResponses([progress(await firstBreakthroughItem(), 'brilliant')]),
      { code: 'BAD_USER_INPUT', reason: 'LEVEL_NOT_FOUND' },
    ],
    [
      "a level from another dimension's scale",
      async () => officerResponses([progress(await firstBreakthroughItem(), 'partially')]),
      { code: 'BAD_USER_INPUT', reason: 'LEVEL_NOT_IN_SCALE' },
    ],
    [
      'an unknown dimension',
      async () => [
        RECORD_AGREED,
        {
          input: {
            assessmentId: draftId,
            ratings: [{ itemKey: await firstBreakthroughItem(), dimensionKey: 'speed', levelKey: 'achieved' }],
          },
        },
      ],
      { code: 'BAD_USER_INPUT', reason: 'DIMENSION_NOT_FOUND' },
    ],
    [
      'a missing dimension on a two-dimension framework',
      async () => [
        RECORD_AGREED,
        { input: { assessmentId: draftId, ratings: [{ itemKey: await firstBreakthroughItem(), levelKey: 'achieved' }] } },
      ],
      { code: 'BAD_USER_INPUT', reason: 'DIMENSION_REQUIRED' },
    ],
    [
      'the same item rated twice in one request',
      async () => [
        RECORD_RESPONSES,
        {
          input: {
            assessmentId: draftId,
            role: 'OFFICER',
            responses: [progress(await firstBreakthroughItem(), 'achieved'), progress(await firstBreakthroughItem(), 'just-starting')],
          },
        },
      ],
      { code: 'BAD_USER_INPUT', reason: 'DUPLICATE_RATING' },
    ],
    [
      'an unknown participant role',
      async () => [
        RECORD_RESPONSES,
        { input: { assessmentId: draftId, role: 'MAYOR', responses: [progress(await firstBreakthroughItem(), 'achieved')] } },
      ],
      { code: 'BAD_USER_INPUT' },
    ],
    ['no responses at all', async () => officerResponses([]), { code: 'BAD_USER_INPUT' }],
    [
      'submitting a draft with nothing rated',
      async () => [SUBMIT, { id: draftId }],
      { code: 'BAD_USER_INPUT', reason: 'ASSESSMENT_EMPTY' },
    ],
    [
      'editing a submitted assessment',
      async () => [RECORD_AGREED, { input: { assessmentId: submittedId, ratings: [{ itemKey: 'pm-1', levelKey: 'poor' }] } }],
      { code: 'CONFLICT', reason: 'ASSESSMENT_NOT_EDITABLE' },
    ],
    [
      'adding a participant to a submitted assessment',
      async () => [
        RECORD_RESPONSES,
        { input: { assessmentId: submittedId, role: 'OFFICER', responses: [{ itemKey: 'pm-1', levelKey: 'poor' }] } },
      ],
      { code: 'CONFLICT', reason: 'ASSESSMENT_NOT_EDITABLE' },
    ],
    ['a duplicate submission', async () => [SUBMIT, { id: submittedId }], { code: 'CONFLICT', reason: 'ASSESSMENT_ALREADY_SUBMITTED' }],
  ];

  it.each(cases)('should refuse %s with a stable code and change nothing', async (_name, request, expected) => {
    const [query, variables] = await request();
    const before = await snapshot();
    const response = await suite.gql(query, variables);
    expect(response.data ?? null).toBeNull();
    expect(errorCodes(response)[0]).toMatchObject(expected);
    expect(response.errors![0].message.length).toBeGreaterThan(10);
    expect(await snapshot()).toEqual(before);
  });

  it('should never leak SQL or stack traces in an error', async () => {
    const response = await suite.gql(`{ council(gssCode: "E07999999") { name } }`);
    expect(JSON.stringify(response)).not.toMatch(/SELECT|stacktrace|at .*\.ts:/);
  });
});

describe('query limits', () => {
  const suite = useTestApp('analyst');

  it('should refuse an over-deep query before running it', async () => {
    // The schema has no cycles deep enough to be legal at this depth, so the depth rule is what must speak.
    let selection = 'key';
    for (let i = 0; i < 12; i++) selection = `sections { ${selection} }`;
    const response = await suite.gql(`{ frameworks { ${selection} } }`);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.map((e) => e.message)).toEqual(expect.arrayContaining([expect.stringMatching(/depth limit of 10 exceeded/i)]));
  });

  it('should refuse a query with too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: frameworks { key }`).join(' ');
    const response = await suite.gql(`{ ${aliases} }`);
    expect(response.errors?.[0].message).toMatch(/aliases/i);
    expect(response.data ?? null).toBeNull();
  });

  it('should refuse an over-wide query (too many tokens)', async () => {
    const fields = Array.from({ length: 4500 }, () => 'key').join(' ');
    const response = await suite.gql(`{ frameworks { ${fields} } }`);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].message).toMatch(/token limit/i);
  });

  it('should refuse batched requests', async () => {
    const response = await fetch(`${suite.t.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ frameworks { key } }' }, { query: '{ frameworks { key } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('should refuse a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${suite.t.app.url}/graphql?query=${encodeURIComponent('{ frameworks { key } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('should not suggest field names to a client probing the schema', async () => {
    const response = await suite.gql('{ frameworx { key } }');
    expect(JSON.stringify(response)).not.toMatch(/Did you mean/);
  });
});
