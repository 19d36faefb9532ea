import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { SESSION_COOKIE } from '../../api/src/app';
import { PROJECT_ROOT } from '../../api/src/common/project-root';
import { DEMO_PLAN_TITLE } from '../../api/src/modules/improvement-plan/demo-plan';
import { ACCOUNTS, startTestApp, type TestApp } from '../support/test-app';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts', 'committee-report');

describe('committee report and exports of the demo plan', () => {
  let t: TestApp;
  let cookie: string;
  let planId: string;
  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 3] } });
    cookie = `${SESSION_COOKIE}=${(await t.signIn(ACCOUNTS.chesterfieldLead)).sessionToken}`;
    const plans = await (await t.as('chesterfieldLead'))(`{ improvementPlans(councilGssCode: "E07000034") { id title isSynthetic } }`);
    const demo = plans.data!.improvementPlans.find((p: { title: string }) => p.title === DEMO_PLAN_TITLE);
    expect(demo.isSynthetic).toBe(true);
    planId = demo.id;
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 240_000);
  afterAll(() => t.close());

  const download = (path: string, headers: Record<string, string> = { cookie }) => fetch(`${t.app.url}${path}`, { headers });

  it('should render an A4 committee report with the position, the matrix and the progress', async () => {
    const response = await download(`/exports/committee-report.pdf?planId=${planId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(ARTIFACTS, 'committee-report.pdf');
    writeFileSync(file, pdf);

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const heading of [
      'Chesterfield: improvement plan progress report',
      'Where the council stands',
      'Breakthrough matrix',
      'Progress on the plan',
      'Overdue actions',
      'About these figures',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('synthetic demonstration data');
    // The position table comes from the benchmark service: every row names a peer figure or the suppression symbol.
    expect(text).toMatch(/Area\s+Council\s+Peer\s+Quartiles\s+Councils\s+Position/);
    expect(text).toMatch(/Just starting/);
    expect(text).toMatch(/Progress \(rows\) by in/);
    expect(text).toContain('Complete the asset review');
    expect(text).toContain('Head of Property');
    expect(text).toMatch(/Red \(off track\)\s+\d/);

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(ARTIFACTS, 'page')]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('should export the plan as CSV and xlsx with its context, numbers as numbers and unique column names', async () => {
    const csv = await (await download(`/exports/plan.csv?planId=${planId}`)).text();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(0, 8).map((l) => l.split(',')[0])).toEqual([
      'Council',
      'Plan',
      'Framework',
      'Round',
      'Peer group',
      'Generated on',
      'Synthetic data',
      'Disclosure rule',
    ]);
    expect(lines[0]).toContain('Chesterfield (E07000034)');
    expect(lines[6]).toMatch(/^Synthetic data,"Yes: demonstration data/);
    const header = lines[9].split(',');
    expect(new Set(header).size).toBe(header.length);
    expect(header).toContain('Number of updates');

    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await download(`/exports/plan.xlsx?planId=${planId}`)).arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Plan')!;
    const names = (sheet.getRow(1).values as string[]).filter(Boolean);
    expect(new Set(names).size).toBe(names.length);
    const updatesColumn = names.indexOf('Number of updates') + 1;
    expect(typeof sheet.getRow(2).getCell(updatesColumn).value).toBe('number');
    expect(sheet.getRow(2).getCell(names.indexOf('Target due on') + 1).value).toBeInstanceOf(Date);
    const about = workbook.getWorksheet('About this file')!;
    expect(about.getColumn(1).values).toEqual(
      expect.arrayContaining(['Council', 'Framework', 'Round', 'Peer group', 'Synthetic data', 'Disclosure rule']),
    );
  });

  it('should refuse downloads to anyone the plan is not shared with', async () => {
    expect((await download(`/exports/plan.csv?planId=${planId}`, {})).status).toBe(401);
    const other = `${SESSION_COOKIE}=${(await t.signIn(ACCOUNTS.uttlesfordLead)).sessionToken}`;
    for (const path of ['plan.csv', 'plan.xlsx', 'committee-report.pdf'])
      expect((await download(`/exports/${path}?planId=${planId}`, { cookie: other })).status).toBe(404);
    const pas = `${SESSION_COOKIE}=${(await t.signIn(ACCOUNTS.analyst)).sessionToken}`;
    expect((await download(`/exports/committee-report.pdf?planId=${planId}`, { cookie: pas })).status).toBe(404);
  });

  it("should give a partner the shared plan's report without the position it may not see, until sharing is withdrawn", async () => {
    const lead = await t.as('chesterfieldLead');
    const partner = `${SESSION_COOKIE}=${(await t.signIn(ACCOUNTS.bolsoverMember)).sessionToken}`;
    try {
      await lead(`mutation { setPlanSharing(input: { planId: "${planId}", withPartners: true, withPas: false }) { id } }`);
      const response = await download(`/exports/committee-report.pdf?planId=${planId}`, { cookie: partner });
      expect(response.status).toBe(200);
      const file = join(ARTIFACTS, 'partner-report.pdf');
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain("The council's position against its peers is not shared with you");
      expect(text).toContain('Progress on the plan');
    } finally {
      await lead(`mutation { setPlanSharing(input: { planId: "${planId}", withPartners: false, withPas: false }) { id } }`);
    }
    expect((await download(`/exports/committee-report.pdf?planId=${planId}`, { cookie: partner })).status).toBe(404);
  });
});
