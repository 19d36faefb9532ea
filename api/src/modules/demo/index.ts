/** The demo data's public surface: synthetic assessments and demo accounts, for start-up, scripts and tests. */
export { DEMO_ACCOUNTS, DEMO_GROUP, type DemoAccount, loadDemoAccounts } from './demo-accounts';
export { DEMO_OPTIONS, generateAssessments, type GeneratorOptions } from './demo-data.generator';
export { type DemoLoadOptions, type DemoLoadResult, loadDemoData } from './demo-data.loader';
export { DEMO_SESSION, loadDemoSession } from './demo-session.loader';
