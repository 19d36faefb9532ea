import { SESSION_COOKIE, type App, startApp } from '../../api/src/app';
import { createDataSource } from '../../api/src/data-source';
import { releaseCacheOutcomes } from '../../api/src/modules/benchmark/recorded-releases';
import { CHESTERFIELD, FRAMEWORK, positionFigures, sectorFigures, spreadLevels, submit, useWorld } from '../adversary/support';
import { councilLeads } from '../support/council-leads';
import { SUBMIT_COMPLETED } from '../support/operations';
import { ACCOUNTS, apiRoleUrl, type GraphQLClient } from '../support/test-app';

/**
 * Recorded releases (api/src/modules/benchmark/recorded-releases.ts) through the real API: a read
 * repeated while nothing changed is served from the store, and one made after a submission (through
 * another API process), a circumstance recorded or removed, or by another viewer is worked out again.
 */
describe('recorded releases', () => {
  const suite = useWorld();

  /** How many reads of a view were served from the store (hit) or recomputed (miss) so far. */
  const outcomes = async (view: 'position' | 'sector') => {
    const { values } = await releaseCacheOutcomes.get();
    const count = (outcome: string) => values.find((v) => v.labels.view === view && v.labels.outcome === outcome)?.value ?? 0;
    return { hit: count('hit'), miss: count('miss') };
  };
  /** What changed in the counts while `read` ran. */
  const counted = async <T>(view: 'position' | 'sector', read: () => Promise<T>) => {
    const before = await outcomes(view);
    const result = await read();
    const after = await outcomes(view);
    return { result, hits: after.hit - before.hit, misses: after.miss - before.miss };
  };
  const GROUPS = ['all', 'type:district'];
  /** A fresh round where Chesterfield and 20 South East districts have submitted. */
  const seededRound = async () => {
    const { world } = suite;
    const round = world.freshRound();
    await submit(world, round, [
      { id: world.councilId(CHESTERFIELD), levels: spreadLevels(99, world.sections.length) },
      ...world.peers.slice(0, 20).map((c, i) => ({ id: c.id, levels: spreadLevels(i, world.sections.length) })),
    ]);
    return round;
  };
  const FULL_POSITION = `query ($gss: String!, $round: String!, $groups: [String!]) {
    councilPosition(councilGssCode: $gss, frameworkKey: "${FRAMEWORK}", round: $round, peerGroupKeys: $groups) {
      councilHasSubmitted includesSynthetic
      subjects { key dimension { key } councilScore answered total
        comparisons { peerGroup { key } suppressed suppressionReason contributorsBand median lowerQuartile upperQuartile distribution
          distributionSuppressionReason position { band phrase madsFromMedian } } }
    }
  }`;
  const fullPosition = async (client: GraphQLClient, round: string) => {
    const response = await client(FULL_POSITION, { gss: CHESTERFIELD, round, groups: GROUPS });
    expect(response.errors).toBeUndefined();
    return response.data!.councilPosition;
  };

  /** The world, a freshly seeded round and the readers' clients, for one case. */
  const freshCase = async () => {
    const { world } = suite;
    const { t } = world;
    return { world, t, round: await seededRound(), lead: await t.as('chesterfieldLead'), analyst: await t.as('analyst') };
  };

  it('should serve a repeated read from the store, the same as the first, until a submission moves the stamp', async () => {
    const { world, lead, analyst, round } = await freshCase();

    const first = await counted('position', () => fullPosition(lead, round));
    expect(first.misses).toBe(1);
    expect(first.result.subjects.some((s: { comparisons: { suppressed: boolean }[] }) => s.comparisons.some((c) => !c.suppressed))).toBe(
      true,
    );
    const again = await counted('position', () => fullPosition(lead, round));
    expect(again).toMatchObject({ hits: 1, misses: 0 });
    expect(again.result).toEqual(first.result);

    const sector = await counted('sector', () => sectorFigures(analyst, round, 'all'));
    const sectorAgain = await counted('sector', () => sectorFigures(analyst, round, 'all'));
    expect(sector.misses).toBe(1);
    expect(sectorAgain).toMatchObject({ hits: 1, misses: 0 });
    expect(sectorAgain.result).toEqual(sector.result);

    // Any submission to the framework moves its stamp, even one in another round: both are worked out again.
    await submit(world, world.freshRound(), [{ id: world.peers[30].id, levels: spreadLevels(1, world.sections.length) }]);
    const afterSubmission = await counted('position', () => fullPosition(lead, round));
    expect(afterSubmission).toMatchObject({ hits: 0, misses: 1 });
    expect(afterSubmission.result).toEqual(first.result);
    expect(await counted('sector', () => sectorFigures(analyst, round, 'all'))).toMatchObject({ hits: 0, misses: 1 });
  });

  it("should reflect in one process's next read a submission made through another API process", async () => {
    const { world, t, lead, round } = await freshCase();
    const source = createDataSource(apiRoleUrl(t), { poolSize: 3 });
    await source.initialize();
    let second: App | undefined;
    try {
      second = await startApp(source, t.config, 0);
      const before = await positionFigures(lead, CHESTERFIELD, round, GROUPS);
      expect((await counted('position', () => positionFigures(lead, CHESTERFIELD, round, GROUPS))).hits).toBe(1);

      // Six more councils submit through the second process, each as its own lead.
      const gssCodes = world.peers.slice(20, 26).map((c) => c.gss_code);
      await councilLeads(t, gssCodes);
      const items: { key: string }[] = await t.dataSource.query(
        `SELECT i.key FROM framework_item i JOIN framework_section s ON s.id = i.section_id WHERE s.framework_id = $1 ORDER BY i.key`,
        [world.frameworkId],
      );
      const levels: { key: string }[] = await t.dataSource.query(`SELECT key FROM rating_level WHERE dimension_id = $1 ORDER BY position`, [
        world.progressId,
      ]);
      for (const [n, gss] of gssCodes.entries()) {
        const { sessionToken } = await t.signIn(`lead.${gss.toLowerCase()}@councils.touchstone.test`);
        const onSecond: GraphQLClient = async (query, variables) =>
          (
            await fetch(`${second!.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${sessionToken}` },
              body: JSON.stringify({ query, variables }),
            })
          ).json();
        const submitted = await onSecond(SUBMIT_COMPLETED, {
          input: {
            councilGssCode: gss,
            frameworkKey: FRAMEWORK,
            round,
            participants: [],
            agreedRatings: items.map((item, i) => ({
              itemKey: item.key,
              dimensionKey: 'progress',
              levelKey: levels[(n + i) % levels.length].key,
            })),
          },
        });
        expect(submitted.errors).toBeUndefined();
      }

      const after = await counted('position', () => positionFigures(lead, CHESTERFIELD, round, GROUPS));
      expect(after).toMatchObject({ hits: 0, misses: 1 });
      expect(after.result).not.toEqual(before);
    } finally {
      await second?.close();
      if (second) await new Promise((resolve) => second!.server.close(resolve));
      await source.destroy();
    }
  });

  it('should follow a circumstance recorded and then removed', async () => {
    const { world, analyst, round } = await freshCase();
    const assign = async (gss: string) => {
      const response = await analyst(`mutation ($input: RecordCircumstanceInput!) { recordCircumstance(input: $input) { id } }`, {
        input: { councilGssCode: gss, kind: 'CRUISING', round },
      });
      expect(response.errors).toBeUndefined();
      return response.data!.recordCircumstance.id as string;
    };
    const group = 'circumstance:cruising';
    for (const council of world.peers.slice(0, 10)) await assign(council.gss_code);
    const without = await sectorFigures(analyst, round, group);
    expect([...without.values()].some((f) => !f.suppressed)).toBe(true);
    expect((await counted('sector', () => sectorFigures(analyst, round, group))).hits).toBe(1);

    const id = await assign(world.peers[10].gss_code);
    const withOneMore = await counted('sector', () => sectorFigures(analyst, round, group));
    expect(withOneMore.misses).toBe(1);
    // One council more: the ledger withholds what would differ from the published figures by one.
    expect(withOneMore.result).not.toEqual(without);
    expect([...withOneMore.result.values()].every((f) => f.suppressed)).toBe(true);

    expect((await analyst(`mutation ($id: ID!) { removeCircumstance(id: $id) }`, { id })).errors).toBeUndefined();
    const afterRemoval = await counted('sector', () => sectorFigures(analyst, round, group));
    expect(afterRemoval.misses).toBe(1);
    expect(afterRemoval.result).toEqual(without);
  });

  it("should never serve one viewer another viewer's recorded release, and check access on every read", async () => {
    const { world, t, lead, analyst, round } = await freshCase();
    const admin = await t.as('admin');

    const asLead = await counted('position', () => fullPosition(lead, round));
    expect(asLead.misses).toBe(1);
    // The administrator asks exactly the same: worked out for the administrator, not served the lead's.
    const asAdmin = await counted('position', () => fullPosition(admin, round));
    expect(asAdmin).toMatchObject({ hits: 0, misses: 1 });
    expect((await counted('position', () => fullPosition(admin, round))).hits).toBe(1);
    // A circumstance recorded anywhere moves the stamp: each viewer's next read is worked out again, and stored again.
    await t.dataSource.query(
      `INSERT INTO council_circumstance (council_id, kind, round, source) VALUES ($1, 'cruising', $2, 'pas_assigned')`,
      [world.peers[40].id, round],
    );
    expect(await counted('position', () => fullPosition(admin, round))).toMatchObject({ hits: 0, misses: 1 });
    expect(await counted('position', () => fullPosition(lead, round))).toMatchObject({ hits: 0, misses: 1 });
    expect((await counted('position', () => fullPosition(lead, round))).hits).toBe(1);

    // PAS reads Chesterfield's position while it shares with PAS; once it stops, the stored release is not served.
    const chesterfield = world.councilId(CHESTERFIELD);
    await t.dataSource.query(
      `INSERT INTO pas_sharing (council_id, shared_by_id) SELECT $1, id FROM app_user WHERE email = $2 ON CONFLICT DO NOTHING`,
      [chesterfield, ACCOUNTS.chesterfieldLead],
    );
    const shared = await counted('position', () => fullPosition(analyst, round));
    expect(shared).toMatchObject({ hits: 0, misses: 1 });
    expect(shared.result.subjects.some((s: { councilScore: number | null }) => s.councilScore !== null)).toBe(true);
    expect((await counted('position', () => fullPosition(analyst, round))).hits).toBe(1);
    await t.dataSource.query(`DELETE FROM pas_sharing WHERE council_id = $1`, [chesterfield]);
    const refused = await analyst(FULL_POSITION, { gss: CHESTERFIELD, round, groups: GROUPS });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
