import fc from 'fast-check';

import { SESSION_COOKIE } from '../../api/src/app';
import { ACCOUNTS, type GraphQLResponse, startTestApp, type TestApp } from '../support/test-app';

/**
 * Throws random and malformed inputs at every mutation in the schema, built from the schema's own
 * input types (so many reach the services rather than stopping at GraphQL validation), and checks
 * that the server never fails (no 500, no INTERNAL_SERVER_ERROR) and that a refused request
 * changes nothing.
 */

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type InputField = { name: string; type: TypeRef };
type FullType = { name: string; kind: string; inputFields: InputField[] | null; enumValues: { name: string }[] | null };

const INTROSPECTION = `{ __schema {
  mutationType { fields { name args { name type { ...T } } type { ...T } } }
  types { name kind inputFields { name type { ...T } } enumValues { name } }
} }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

/** Values that are nearly right or known to be troublesome: the fuzzer mixes them with random ones. */
const TRICKY_STRINGS = [
  '',
  ' ',
  'E07000034',
  'E99999999',
  'dm-challenge-toolkit',
  'improvement-breakthroughs',
  'peer-challenge-plan',
  '2026-27',
  '2026-28',
  'pm-1',
  'good',
  'poor',
  'progress',
  "'; DROP TABLE assessment; --",
  '%',
  '\\',
  '\u0000',
  'é'.repeat(300),
  'x'.repeat(5000),
  '00000000-0000-4000-8000-000000000000',
];

function arbitraryFor(type: TypeRef, types: Map<string, FullType>, depth = 0): fc.Arbitrary<unknown> {
  const nullable = (arb: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
  if (type.kind === 'NON_NULL') return arbitraryFor(type.ofType!, types, depth);
  if (type.kind === 'LIST') return nullable(fc.array(arbitraryFor(type.ofType!, types, depth + 1), { maxLength: depth > 1 ? 2 : 5 }));
  const named = types.get(type.name!)!;
  switch (named.kind) {
    case 'ENUM':
      return nullable(fc.oneof(fc.constantFrom(...named.enumValues!.map((v) => v.name)), fc.string()));
    case 'INPUT_OBJECT':
      return nullable(
        fc.record(Object.fromEntries(named.inputFields!.map((f) => [f.name, arbitraryFor(f.type, types, depth + 1)])), {
          requiredKeys: [],
        }),
      );
    default:
      switch (named.name) {
        case 'Int':
          return nullable(fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1)));
        case 'Float':
          return nullable(fc.double());
        case 'Boolean':
          return nullable(fc.boolean());
        case 'ID':
          return nullable(fc.oneof(fc.uuid(), fc.string(), fc.constantFrom(...TRICKY_STRINGS)));
        default:
          return nullable(
            fc.oneof(
              fc.string(),
              fc.constantFrom(...TRICKY_STRINGS),
              fc.jsonValue().map((v) => JSON.stringify(v)),
            ),
          );
      }
  }
}

const typeName = (type: TypeRef): string =>
  type.kind === 'NON_NULL' ? `${typeName(type.ofType!)}!` : type.kind === 'LIST' ? `[${typeName(type.ofType!)}]` : type.name!;
const isLeaf = (type: TypeRef): boolean => (type.ofType ? isLeaf(type.ofType) : type.kind === 'SCALAR' || type.kind === 'ENUM');

const RUNS_PER_MUTATION = 100;

describe('random and malformed input to every mutation', () => {
  let t: TestApp;
  let leadCookie: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { SIGN_IN_MAX_FAILURES: '100000' } });
    leadCookie = `${SESSION_COOKIE}=${(await t.signIn(ACCOUNTS.chesterfieldLead)).sessionToken}`;
    // A draft, so mutations that need an assessment can find one.
    const draft = await t.client({ cookie: leadCookie })(
      `mutation { createAssessment(input: { councilGssCode: "E07000034", frameworkKey: "dm-challenge-toolkit", round: "2026-27" }) { id } }`,
    );
    TRICKY_STRINGS.push(draft.data!.createAssessment.id);
  });
  afterAll(() => t.close());

  const snapshot = async () =>
    (
      await t.dataSource.query(`SELECT
        (SELECT count(*) FROM assessment) a, (SELECT count(*) FROM participant) p, (SELECT count(*) FROM participant_response) r,
        (SELECT count(*) FROM agreed_rating) g, (SELECT count(*) FROM assessment_score) s, (SELECT count(*) FROM app_user) u,
        (SELECT count(*) FROM api_token) k, (SELECT count(*) FROM collaboration_group) cg, (SELECT count(*) FROM pas_sharing) ps,
        (SELECT max(updated_at) FROM assessment) au, (SELECT count(*) FROM api_token WHERE revoked_at IS NOT NULL) kr,
        (SELECT count(*) FROM improvement_plan) ip, (SELECT count(*) FROM plan_heading) ph, (SELECT count(*) FROM plan_challenge) pc,
        (SELECT count(*) FROM plan_action) pa, (SELECT count(*) FROM progress_update) pu,
        (SELECT max(updated_at) FROM plan_action) pau, (SELECT max(updated_at) FROM improvement_plan) ipu`)
    )[0];

  it('should never fail on the server, and never write part of a refused request', async () => {
    const schema = (await (await t.as('admin'))(INTROSPECTION)).data!.__schema;
    const types = new Map<string, FullType>(schema.types.map((type: FullType) => [type.name, type]));
    const failures: string[] = [];
    let requests = 0;
    const outcomes = new Map<string, number>();

    for (const mutation of schema.mutationType.fields as { name: string; args: InputField[]; type: TypeRef }[]) {
      const variables = mutation.args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');
      const document = `mutation${variables ? ` (${variables})` : ''} { ${mutation.name}${mutation.args.length ? `(${mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}${isLeaf(mutation.type) ? '' : ' { __typename }'} }`;
      const argsArbitrary = fc.record(Object.fromEntries(mutation.args.map((a) => [a.name, arbitraryFor(a.type, types)])), {
        requiredKeys: [],
      });

      await fc.assert(
        fc.asyncProperty(argsArbitrary, async (args) => {
          requests++;
          const before = await snapshot();
          // Signing out would end the session the other runs use, so it is fuzzed anonymously.
          const headers = mutation.name === 'signOut' ? {} : { cookie: leadCookie };
          const response = await fetch(`${t.app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ query: document, variables: args }),
          });
          if (response.status >= 500) failures.push(`${mutation.name}: HTTP ${response.status}`);
          const result = (await response.json()) as GraphQLResponse;
          const codes = (result.errors ?? []).map((e) => e.extensions?.code);
          const outcome = result.errors
            ? `${codes[0]}${result.errors[0].extensions?.reason ? `/${result.errors[0].extensions.reason}` : ''}`
            : 'ok';
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (codes.includes('INTERNAL_SERVER_ERROR'))
            failures.push(`${mutation.name}(${JSON.stringify(args).slice(0, 200)}): ${result.errors![0].message}`);
          if (result.errors && result.data == null) {
            const after = await snapshot();
            if (JSON.stringify(after) !== JSON.stringify(before))
              failures.push(`${mutation.name} wrote despite refusing: ${JSON.stringify(args).slice(0, 200)}`);
          }
        }),
        { numRuns: RUNS_PER_MUTATION, seed: 20261123 },
      );
    }
    console.log(
      `mutation fuzz: ${requests} requests; outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort((a, b) => b[1] - a[1])))}`,
    );
    expect(failures).toEqual([]);
    expect(requests).toBe(RUNS_PER_MUTATION * schema.mutationType.fields.length);
    // The inputs must get past GraphQL's own checks often enough to exercise the services.
    expect([...outcomes.keys()].filter((o) => o.includes('/')).length).toBeGreaterThan(3);
    // A hundred runs of each of some thirty mutations, each with two snapshots, outlast the default minute on two shared cores.
  }, 300_000);
});
