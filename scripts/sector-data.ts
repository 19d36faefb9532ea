import type { DataSource } from 'typeorm';

import { DEMO_FRAMEWORKS, prepareDatabase } from '../api/src/bootstrap';
import { roundsFrom } from '../api/src/common/round';
import type { Config } from '../api/src/config';
import { DEMO_OPTIONS, type DemoLoadResult, loadDemoAccounts, loadDemoData } from '../api/src/modules/demo/index';
import { FrameworkService } from '../api/src/modules/framework/index';

/**
 * Sector scale as DESIGN.md §7 defines it: every council, five rounds, the three rated frameworks,
 * about fifteen participants each (13–17, so group sizes vary as they would in practice).
 */
export const SECTOR_SCALE = {
  frameworkKeys: DEMO_FRAMEWORKS,
  firstRound: '2021-22',
  rounds: 5,
  participants: [13, 17] as [number, number],
};

export const DEFAULT_SECTOR_SEED = 'touchstone-sector';

/**
 * Brings the bench database up to date as its owner without the normal demo assessments (they
 * would clash with the sector data's rounds), then adds the demo accounts the benchmark signs in as.
 */
export async function prepareBenchDatabase(owner: DataSource, config: Config, log: (message: string) => void): Promise<void> {
  if (config.DEMO_DATA)
    throw new Error('The bench database is prepared with DEMO_DATA=false: the sector data replaces the demo assessments');
  await prepareDatabase(owner, config, log);
  await loadDemoAccounts(owner, config.DEMO_PASSWORD);
}

/**
 * loadDemoData commits in batches and skips any framework and round that already has synthetic
 * assessments, so a load that was interrupted would leave a round half-filled for good. Such a
 * round (fewer synthetic assessments than councils) is removed here so that it is loaded again.
 */
async function removePartialRounds(
  owner: DataSource,
  frameworkKeys: string[],
  rounds: string[],
  log: (message: string) => void,
): Promise<void> {
  const partial: { key: string; round: string; n: string; framework_id: string }[] = await owner.query(
    `SELECT f.key, f.id AS framework_id, a.round, count(*) AS n
       FROM assessment a JOIN framework f ON f.id = a.framework_id
      WHERE a.is_synthetic AND f.key = ANY ($1) AND a.round = ANY ($2)
      GROUP BY f.key, f.id, a.round
     HAVING count(*) < (SELECT count(*) FROM council)`,
    [frameworkKeys, rounds],
  );
  for (const p of partial) {
    log(`sector data: ${p.key} ${p.round} is incomplete (${p.n} assessments); loading it again`);
    await owner.query(`DELETE FROM assessment WHERE is_synthetic AND framework_id = $1 AND round = $2`, [p.framework_id, p.round]);
  }
}

/**
 * Loads the sector-scale synthetic data with the same deterministic generator and loader as the
 * demo data (idempotent per framework and round), then refreshes the planner's statistics so the
 * first measurements are not taken against plans made for empty tables.
 */
export async function loadSectorData(owner: DataSource, seed: string, log: (message: string) => void): Promise<DemoLoadResult> {
  const rounds = roundsFrom(SECTOR_SCALE.firstRound, SECTOR_SCALE.rounds);
  await removePartialRounds(owner, SECTOR_SCALE.frameworkKeys, rounds, log);
  const result = await loadDemoData(owner, new FrameworkService(owner), {
    ...DEMO_OPTIONS,
    seed,
    participants: SECTOR_SCALE.participants,
    frameworkKeys: SECTOR_SCALE.frameworkKeys,
    firstRound: SECTOR_SCALE.firstRound,
    rounds: SECTOR_SCALE.rounds,
    onProgress: log,
  });
  if (result.assessments > 0) await owner.query('ANALYZE');
  return result;
}
