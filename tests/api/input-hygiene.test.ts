import { MAX_BENCHMARK_READS } from '../../api/src/graphql/benchmark-reads.rule';
import { MAX_ARGUMENT_TEXT_LENGTH } from '../../api/src/graphql/validate-arguments';
import { CREATE_ASSESSMENT, RECORD_AGREED } from '../support/operations';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

/**
 * What a client sends never comes back in an error, every string has a limit that runs, limits
 * and malformed requests are 400, and expensive reads cannot be multiplied by aliases.
 */
describe('input and error hygiene', () => {
  let t: TestApp;
  const post = async (body: string | object, headers: Record<string, string> = {}) => {
    const response = await fetch(`${t.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      text,
      json: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
    };
  };
  const codesOf = (json: { errors?: { extensions?: { code?: string } }[] }) => (json.errors ?? []).map((e) => e.extensions?.code);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('errors never echo secrets', () => {
    const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { email } }';
    const ACCEPT = 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email } }';

    it('should not return the password of a malformed signIn', async () => {
      for (const input of [
        { email: 'a@example.org', password: 'Correct-Horse-Battery-7', extra: 1 },
        { email: 'a@example.org', password: 918273645501 },
        { email: ['Correct-Horse-Battery-7'], password: 'Correct-Horse-Battery-7' },
      ]) {
        const { status, text, json } = await post({ query: SIGN_IN, variables: { input } });
        expect(status).toBe(400);
        expect(codesOf(json)).toEqual(['BAD_USER_INPUT']);
        expect(text).not.toMatch(/Correct-Horse|918273645501/);
        expect(json.errors![0].message).toMatch(/^Variable "\$input" got an invalid value/);
      }
    });

    it('should not return the invitation token, whether the variable or a field rule is wrong', async () => {
      const token = 'INVITATION-TOKEN-5f2c9a7e41';
      const malformed = await post({
        query: ACCEPT,
        variables: { input: { invitationToken: token, password: 'long-enough-password', bogus: true } },
      });
      expect(malformed.status).toBe(400);
      expect(malformed.text).not.toContain(token);
      // A field rule (password too short): class-validator's details would carry the whole input.
      const tooShort = await post({ query: ACCEPT, variables: { input: { invitationToken: token, password: 'short' } } });
      expect(codesOf(tooShort.json)).toEqual(['BAD_USER_INPUT']);
      expect(tooShort.text).not.toContain(token);
      expect(tooShort.text).not.toContain('"short"');
    });

    it('should not print the query back around a syntax error, nor suggest names', async () => {
      const parse = await post({ query: '{ signIn(input: {password: "Correct-Horse-Battery-7"' });
      expect(parse.status).toBe(400);
      expect(parse.text).not.toContain('Correct-Horse');
      const literal = await post({ query: 'mutation { signIn(input: {email: "a@example.org", password: 918273645501}) { email } }' });
      expect(literal.status).toBe(400);
      expect(literal.text).not.toContain('918273645501');
      const typo = await post({ query: '{ councils(filter: {type: DISTRCT}) { gssCode } }' });
      expect(typo.status).toBe(400);
      expect(typo.text).not.toMatch(/Did you mean|DISTRICT/);
    });
  });

  describe('status codes', () => {
    it('should answer parse, validation and limit failures with 400 under application/graphql-response+json', async () => {
      const accept = { accept: 'application/graphql-response+json' };
      const cases = [
        { query: '{ councils( ' },
        { query: '{ noSuchField }' },
        { query: `{ ${Array.from({ length: 5000 }, () => '__typename').join(' ')} }` },
        { query: '{ framework(key: 5) { key } }' },
      ];
      for (const body of cases) {
        const { status, json } = await post(body, accept);
        expect({ status, data: json.data }).toEqual({ status: 400, data: undefined });
      }
    });

    it('should answer a body that is not JSON with a short 400, never a stack trace', async () => {
      const { status, text } = await post('{"query": ');
      expect(status).toBe(400);
      expect(text).not.toMatch(/ at |node_modules/);
    });
  });

  describe('variables and strings', () => {
    it('should check a 10,000-deep unused variable without failing', async () => {
      const deep = `${'{"a":'.repeat(10_000)}"x\\u0000"${'}'.repeat(10_000)}`;
      const { status, json } = await post(`{"query":"{ __typename }","variables":{"unused":${deep}}}`);
      // The NUL check walks it iteratively, finds the NUL and refuses it as bad input.
      expect({ status, codes: codesOf(json) }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
      const clean = await post(`{"query":"{ __typename }","variables":{"unused":${deep.replace('\\u0000', '')}}}`);
      expect(clean.status).toBe(200);
    });

    it('should bound councils(filter: {search}) and every string argument', async () => {
      const { sessionToken } = await t.signIn('lead.chesterfield@demo.touchstone.test');
      const signedIn = { cookie: `touchstone_session=${sessionToken}` };
      const search = await post(
        {
          query: 'query ($s: String) { councils(filter: {search: $s}) { gssCode } }',
          variables: { s: 'x'.repeat(900_000) },
        },
        signedIn,
      );
      expect({ status: search.status, codes: codesOf(search.json) }).toMatchObject({ codes: ['BAD_USER_INPUT'] });
      // A field with no limit of its own still has the ceiling.
      const key = await post(
        {
          query: 'query ($k: String!) { framework(key: $k) { key } }',
          variables: { k: 'k'.repeat(MAX_ARGUMENT_TEXT_LENGTH + 1) },
        },
        signedIn,
      );
      expect(codesOf(key.json)).toEqual(['BAD_USER_INPUT']);
      expect(key.text.length).toBeLessThan(2000);
      // A nested input's own rule runs (search is at most 100 characters).
      const nested = await post(
        {
          query: 'query ($s: String) { councils(filter: {search: $s}) { gssCode } }',
          variables: { s: 'x'.repeat(101) },
        },
        signedIn,
      );
      expect(codesOf(nested.json)).toEqual(['BAD_USER_INPUT']);
      const fine = await post(
        {
          query: 'query ($s: String) { councils(filter: {search: $s}) { gssCode } }',
          variables: { s: 'Chesterfield' },
        },
        signedIn,
      );
      expect(fine.json.errors).toBeUndefined();
    });
  });

  describe('cost', () => {
    it(`should refuse more than ${MAX_BENCHMARK_READS} benchmark queries in one request, however they are aliased`, async () => {
      const lead = await t.as('chesterfieldLead');
      const position = (alias: string) =>
        `${alias}: councilPosition(frameworkKey: "dm-challenge-toolkit", round: "2024-25", councilGssCode: "E07000034", scope: ITEM) { __typename }`;
      const fifteen = await lead(`{ ${Array.from({ length: 15 }, (_, i) => position(`p${i}`)).join(' ')} }`);
      expect(errorCodes(fifteen)).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', reason: undefined }]);
      const viaFragment = await lead(
        `{ ...a ...b } fragment a on Query { ${position('x1')} ${position('x2')} } fragment b on Query { ${position('x3')} ${position('x4')} }`,
      );
      expect(errorCodes(viaFragment)[0].code).toBe('GRAPHQL_VALIDATION_FAILED');
      const one = await lead(`{ ${position('only')} }`);
      expect(errorCodes(one).map((e) => e.code)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('idempotency keys across councils', () => {
    const SUBMIT_WITH_KEY = `mutation ($id: ID!, $key: String) { submitAssessment(assessmentId: $id, idempotencyKey: $key) { id status } }`;
    const draftFor = async (account: 'chesterfieldLead' | 'hartlepoolLead', gss: string, round: string) => {
      const gql = await t.as(account);
      const draft = await gql(CREATE_ASSESSMENT, { input: { councilGssCode: gss, frameworkKey: 'dm-challenge-toolkit', round } });
      const id = draft.data!.createAssessment.id as string;
      await gql(RECORD_AGREED, { input: { assessmentId: id, ratings: [{ itemKey: 'pm-1', levelKey: 'good' }] } });
      return { gql, id };
    };

    it('should refuse a key another council used with a conflict that reveals nothing', async () => {
      const key = 'shared-key-0123456789';
      const chesterfield = await draftFor('chesterfieldLead', 'E07000034', '2045-46');
      expect((await chesterfield.gql(SUBMIT_WITH_KEY, { id: chesterfield.id, key })).errors).toBeUndefined();

      const hartlepool = await draftFor('hartlepoolLead', 'E06000001', '2045-46');
      const reused = await hartlepool.gql(SUBMIT_WITH_KEY, { id: hartlepool.id, key });
      expect(errorCodes(reused)).toEqual([{ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' }]);
      expect(JSON.stringify(reused)).not.toMatch(new RegExp(`${chesterfield.id}|Chesterfield|E07000034`));

      const completed = await hartlepool.gql(
        `mutation ($input: SubmitCompletedAssessmentInput!) { submitCompletedAssessment(input: $input) { id } }`,
        {
          input: {
            councilGssCode: 'E06000001',
            frameworkKey: 'dm-challenge-toolkit',
            round: '2046-47',
            idempotencyKey: key,
            participants: [],
            agreedRatings: [{ itemKey: 'pm-1', levelKey: 'good' }],
          },
        },
      );
      expect(errorCodes(completed)).toEqual([{ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' }]);
      const [{ status }] = await t.dataSource.query(`SELECT status FROM assessment WHERE id = $1`, [hartlepool.id]);
      expect(status).toBe('draft');
    });
  });
});
