import type { DataSource } from 'typeorm';

import { prepareDatabase } from '../../api/src/bootstrap';
import { loadConfig } from '../../api/src/config';
import { logger } from '../../api/src/common/logger';
import { prepareApiConnection } from '../../api/src/database/api-role';
import { prepareMailerConnection } from '../../api/src/database/mailer-role';
import { importFrameworks, loadFrameworkContent } from '../../api/src/modules/framework/index';
import { publicTables, useTestDataSource } from '../support/database';

const SMALL_DEMO = { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 3] as [number, number] };

async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await publicTables(dataSource))
    counts[table] = Number((await dataSource.query(`SELECT count(*) AS n FROM "${table}"`))[0].n);
  return counts;
}

describe('start-up', () => {
  const suite = useTestDataSource(3);
  const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'true' });

  it('should load frameworks, all authorities, designations and demo data, and add nothing on a second start', async () => {
    const { dataSource } = suite;
    const logged: string[] = [];
    await prepareDatabase(dataSource, config, (line) => logged.push(line), SMALL_DEMO);
    // The demo session's code is printed with the demo accounts, for Chesterfield's lead to try.
    expect(logged.find((line) => line.startsWith('demo session:'))).toMatch(/join code CHDM24 .*\/join\/CHDM24 .*lead\.chesterfield@demo/);
    const first = await rowCounts(dataSource);
    expect(first.framework).toBe(4);
    expect(first.council).toBe(330);
    const [{ official, synthetic }] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE NOT is_synthetic)::int AS official, count(*) FILTER (WHERE is_synthetic)::int AS synthetic FROM council_circumstance`,
    );
    expect(official).toBe(14);
    expect(synthetic).toBeGreaterThan(50);
    // One submission per authority, and Chesterfield's draft with the demo session on it.
    expect(first.assessment).toBe(331);
    const [session] = await dataSource.query(
      `SELECT s.status, s.join_code, c.gss_code, a.status AS assessment_status FROM facilitated_session s JOIN council c ON c.id = s.council_id JOIN assessment a ON a.id = s.assessment_id`,
    );
    expect(session).toEqual({ status: 'open', join_code: 'CHDM24', gss_code: 'E07000034', assessment_status: 'draft' });
    expect(first.participant_response).toBeGreaterThan(10000);

    await prepareDatabase(dataSource, config, () => undefined, SMALL_DEMO);
    expect(await rowCounts(dataSource)).toEqual(first);
  });

  it.each([
    ['API', prepareApiConnection, config.API_DATABASE_PASSWORD],
    ['mailer', prepareMailerConnection, config.MAILER_DATABASE_PASSWORD],
  ])(
    'should let the %s role log in however many processes prepare it at the same moment, logging no password',
    async (_role, prepare, password) => {
      const { dataSource } = suite;
      const ownerUrl = 'postgres://owner@localhost/unused';
      const warnings = jest.spyOn(logger, 'warn');
      try {
        // Each round sends the role's password from every pooled connection at once, as API replicas
        // (or test suites) starting together do; PostgreSQL refuses all but one of concurrent updates.
        for (let round = 0; round < 20; round++) {
          const urls = await Promise.all(Array.from({ length: 6 }, () => prepare(dataSource, ownerUrl, config)));
          expect(new Set(urls).size).toBe(1);
        }
        // The refused updates are logged as failed queries: never with the password in them.
        expect(JSON.stringify(warnings.mock.calls)).not.toContain(password);
      } finally {
        warnings.mockRestore();
      }
    },
  );

  it('should label every demo assessment and circumstance as synthetic', async () => {
    const { dataSource } = suite;
    const [{ real }] = await dataSource.query(`SELECT count(*)::int AS real FROM assessment WHERE NOT is_synthetic`);
    expect(real).toBe(0);
    const [{ unlabelled }] = await dataSource.query(
      `SELECT count(*)::int AS unlabelled FROM council_circumstance WHERE source <> 'official' AND NOT is_synthetic`,
    );
    expect(unlabelled).toBe(0);
  });

  it('should refuse a framework file changed under a version already loaded', async () => {
    const { dataSource } = suite;
    const [loaded] = loadFrameworkContent().filter((f) => f.content.key === 'dm-challenge-toolkit');
    await expect(importFrameworks(dataSource.manager, [{ ...loaded, contentHash: 'f'.repeat(64) }])).rejects.toMatchObject({
      code: 'FRAMEWORK_VERSION_CHANGED',
    });
  });
});
