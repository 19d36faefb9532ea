import type { DataSource } from 'typeorm';

import type { Config } from './config';
import { loadReferenceData } from './modules/council/council-reference.loader';
import { type DemoLoadOptions, loadDemoData } from './modules/demo/demo-data.loader';
import { loadDemoAccounts } from './modules/demo/demo-accounts';
import { DEMO_OPTIONS } from './modules/demo/demo-data.generator';
import { loadFrameworkContent } from './modules/framework/content/framework-content.loader';
import { importFrameworks } from './modules/framework/framework-content.importer';
import { FrameworkService } from './modules/framework/framework.service';
import { loadDemoPlan } from './modules/improvement-plan/demo-plan';

/** The frameworks and rounds the demo data covers. */
export const DEMO_FRAMEWORKS = ['dm-challenge-toolkit', 'improvement-breakthroughs', 'improvement-self-assessment'];
export const DEMO_FIRST_ROUND = '2024-25';
export const DEMO_ROUNDS = 2;

/**
 * Brings a database up to date for serving, as its owner: migrations, framework content, reference
 * data and (when configured) demo data and demo accounts. Every step is idempotent, so it runs at every start and adds nothing twice.
 * Content is validated before anything is written, so a broken file stops start-up cleanly.
 */
export async function prepareDatabase(
  dataSource: DataSource,
  config: Config,
  log: (message: string) => void = () => undefined,
  demoOverrides: Partial<DemoLoadOptions> = {},
): Promise<void> {
  const content = loadFrameworkContent();
  const migrations = await dataSource.runMigrations({ transaction: 'each' });
  log(migrations.length ? `migrations: applied ${migrations.map((m) => m.name).join(', ')}` : 'migrations: up to date');

  const imported = await importFrameworks(dataSource.manager, content);
  log(`frameworks: ${imported.map((f) => `${f.key}@${f.version} ${f.status}`).join(', ')}`);

  const reference = await loadReferenceData(dataSource.manager);
  log(`reference data: ${reference.councils} authorities, ${reference.circumstances} new official circumstances`);

  if (config.DEMO_DATA) {
    const accounts = await loadDemoAccounts(dataSource, config.DEMO_PASSWORD);
    log(`demo accounts (password ${config.isProduction ? 'from DEMO_PASSWORD' : `"${config.DEMO_PASSWORD}"`}):`);
    for (const account of accounts) log(`  ${account.email.padEnd(42)} ${account.description}`);
    const started = Date.now();
    const demo = await loadDemoData(dataSource, new FrameworkService(dataSource), {
      ...DEMO_OPTIONS,
      seed: config.DEMO_SEED,
      frameworkKeys: DEMO_FRAMEWORKS,
      firstRound: DEMO_FIRST_ROUND,
      rounds: DEMO_ROUNDS,
      onProgress: log,
      ...demoOverrides,
    });
    log(
      demo.assessments
        ? `demo data (synthetic): ${demo.assessments} assessments, ${demo.participants} participants, ${demo.responses} responses, ${demo.circumstances} circumstances in ${((Date.now() - started) / 1000).toFixed(1)}s`
        : 'demo data (synthetic): already loaded',
    );
    const planActions = await loadDemoPlan(dataSource, new FrameworkService(dataSource));
    log(
      planActions
        ? `demo improvement plan (synthetic): Chesterfield, ${planActions} actions`
        : 'demo improvement plan (synthetic): already loaded',
    );
  }
}
