import ExcelJS from 'exceljs';

import { SESSION_COOKIE } from '../../api/src/app';
import { ACCOUNTS, type AccountName, startTestApp, type TestApp } from '../support/test-app';

const HEADER = ['Challenge', 'Outcomes / measures of success', 'Actions', 'Lead', 'Target date', 'Progress', 'Status'];

type Row = (string | ExcelJS.CellValue | null)[];

/** A plan laid out as councils write them: a title, a header, headings merged across, a challenge merged down over its continuation row. */
async function councilStyleWorkbook(options: { badTarget?: boolean; header?: string[]; extraHeading?: string; formula?: boolean } = {}) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Improvement plan');
  const header = options.header ?? HEADER;
  const width = header.length;
  sheet.addRow(['Touchstone test council: peer challenge improvement plan']);
  sheet.mergeCells(1, 1, 1, width);
  sheet.addRow(header);
  const heading = (title: string) => {
    const row = sheet.addRow([title]);
    sheet.mergeCells(row.number, 1, row.number, width);
  };
  heading('Financial planning and management');
  const rows: Row[] = [
    [
      'Close the budget gap without drawing on reserves',
      'A balanced budget agreed each February\nReserves kept above the agreed minimum',
      '1. Agree a savings programme\n2. Review fees and charges',
      'Head of Finance',
      'February 2014 – March 2015\nJuly 2014',
      'March 2014: Savings options drafted (Amber)\nJune 2014: Programme agreed by cabinet',
      'Green',
    ],
    [
      null,
      null,
      'Report progress to cabinet each quarter',
      'Cabinet/ Corporate Management Team',
      options.formula ? { formula: 'TODAY()+30', result: new Date() } : 'Ongoing',
      null,
      null,
    ],
  ];
  const first = sheet.addRow(rows[0]);
  sheet.addRow(rows[1]);
  sheet.mergeCells(first.number, 1, first.number + 1, 1);
  sheet.mergeCells(first.number, 2, first.number + 1, 2);
  if (options.extraHeading) {
    heading(options.extraHeading);
    sheet.addRow(['Something under it', '', 'An action', 'Chief Executive', 'July 2015', '', '']);
  }
  sheet.addRow(['Local theme: Town centre']);
  sheet.addRow([
    'Bring empty shops back into use',
    'Fewer than 5% of units empty',
    '• Offer meanwhile leases\n• Work with landlords on rents',
    'Head of Regeneration\nEconomic Development Team',
    options.badTarget ? 'sometime soon' : 'Ongoing until 2016/17',
    '',
    '',
  ]);
  // A continuation row whose target is merged down from the row above.
  const shops = sheet.lastRow!.number;
  sheet.addRow([null, null, 'Run a shop front grant scheme', 'Head of Regeneration', null, null, null]);
  sheet.mergeCells(shops, 5, shops + 1, 5);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('plan import', () => {
  let t: TestApp;
  const cookies = new Map<AccountName, string>();
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function cookieOf(account: AccountName) {
    if (!cookies.has(account)) cookies.set(account, `${SESSION_COOKIE}=${(await t.signIn(ACCOUNTS[account])).sessionToken}`);
    return cookies.get(account)!;
  }

  async function newPlan(gss = 'E07000034', account: AccountName = 'chesterfieldLead') {
    const client = await t.as(account === 'chesterfieldLead' ? 'chesterfieldLead' : 'admin');
    const created = await client(
      `mutation { createImprovementPlan(input: { councilGssCode: "${gss}", title: "Imported ${Math.random()}" }) { id } }`,
    );
    return created.data!.createImprovementPlan.id as string;
  }

  async function upload(
    planId: string,
    body: Buffer,
    mode: 'preview' | 'import',
    options: { account?: AccountName; fileName?: string; type?: string } = {},
  ) {
    const response = await fetch(`${t.app.url}/plans/import?planId=${planId}&mode=${mode}`, {
      method: 'POST',
      headers: {
        cookie: await cookieOf(options.account ?? 'chesterfieldLead'),
        'content-type': options.type ?? 'application/octet-stream',
        'x-file-name': options.fileName ?? 'plan.xlsx',
      },
      body: new Uint8Array(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  const storedCounts = async (planId: string) => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM plan_heading WHERE plan_id = $1) AS headings, (SELECT count(*)::int FROM plan_challenge WHERE plan_id = $1) AS challenges,
              (SELECT count(*)::int FROM plan_action WHERE plan_id = $1) AS actions, (SELECT count(*)::int FROM progress_update WHERE plan_id = $1) AS updates`,
      [planId],
    );
    return row;
  };

  it('should preview every row of a council-style workbook and store nothing', async () => {
    const planId = await newPlan();
    const before = await storedCounts(planId);
    const { status, body } = await upload(planId, await councilStyleWorkbook(), 'preview');
    expect(status).toBe(200);
    expect(body.preview.problems).toEqual([]);
    expect(body.preview.ok).toBe(true);
    expect(body.preview.headerRow).toBe(2);
    const kinds = body.preview.rows.map((r: { row: number; kind: string }) => `${r.row}:${r.kind}`);
    expect(kinds).toEqual(['2:header', '3:heading', '4:challenge', '5:continuation', '6:heading', '7:challenge', '8:continuation']);
    const row4 = body.preview.rows[2];
    expect(row4.actions).toEqual([
      {
        description: 'Agree a savings programme',
        lead: 'Head of Finance',
        targetText: 'February 2014 – March 2015',
        target: expect.objectContaining({ kind: 'range', dueOn: '2015-03-31' }),
      },
      {
        description: 'Review fees and charges',
        lead: 'Head of Finance',
        targetText: 'July 2014',
        target: expect.objectContaining({ kind: 'date', dueOn: '2014-07-31' }),
      },
    ]);
    expect(row4.updates).toEqual([
      { date: '2014-03-31', text: 'Savings options drafted', status: 'amber' },
      { date: '2014-06-30', text: 'Programme agreed by cabinet', status: 'green' },
    ]);
    expect(body.preview.rows[3].actions[0]).toMatchObject({
      lead: 'Cabinet/ Corporate Management Team',
      target: { kind: 'ongoing', dueOn: null },
    });
    expect(body.preview.rows[5].actions.map((a: { lead: string }) => a.lead)).toEqual([
      'Head of Regeneration',
      'Economic Development Team',
    ]);
    expect(body.preview.rows[6].actions).toEqual([
      expect.objectContaining({ description: 'Run a shop front grant scheme', targetText: 'Ongoing until 2016/17' }),
    ]);
    expect(body.preview.summary).toEqual({ headings: 2, newHeadings: ['Town centre'], challenges: 2, actions: 6, updates: 4 });
    expect(await storedCounts(planId)).toEqual(before);
  });

  it('should import it all: continuation rows join the challenge above, history kept, a new local theme added', async () => {
    const planId = await newPlan();
    const { status, body } = await upload(planId, await councilStyleWorkbook(), 'import');
    expect(status).toBe(200);
    expect(body.imported).toBe(true);
    const lead = await t.as('chesterfieldLead');
    const plan = (
      await lead(
        `{ improvementPlan(id: "${planId}") { headings { title kind challenges { title outcomes actions { description lead target { kind dueOn } history { date status } } } } } }`,
      )
    ).data!.improvementPlan;
    const finance = plan.headings.find((h: { title: string }) => h.title === 'Financial planning and management');
    expect(finance.challenges).toHaveLength(1);
    expect(finance.challenges[0].outcomes).toBe('A balanced budget agreed each February\nReserves kept above the agreed minimum');
    expect(finance.challenges[0].actions.map((a: { description: string }) => a.description)).toEqual([
      'Agree a savings programme',
      'Review fees and charges',
      'Report progress to cabinet each quarter',
    ]);
    expect(finance.challenges[0].actions[0].history).toEqual([
      { date: '2014-03-31', status: 'AMBER' },
      { date: '2014-06-30', status: 'GREEN' },
    ]);
    const town = plan.headings.find((h: { title: string }) => h.title === 'Town centre');
    expect(town.kind).toBe('LOCAL_THEME');
    expect(town.challenges[0].actions[0].target).toEqual({ kind: 'ONGOING', dueOn: '2017-03-31' });
  });

  it('should refuse the whole file when one row is bad, naming the row and column, and store nothing', async () => {
    const planId = await newPlan();
    const before = await storedCounts(planId);
    const { status, body } = await upload(planId, await councilStyleWorkbook({ badTarget: true }), 'import');
    expect(status).toBe(422);
    expect(body.imported).toBe(false);
    // The bad date is merged down over the continuation row, so both rows it covers are named.
    expect(
      body.preview.problems.map((p: { row: number; column: string; columnTitle: string }) => [p.row, p.column, p.columnTitle]),
    ).toEqual([
      [7, 'E', 'Target date'],
      [8, 'E', 'Target date'],
    ]);
    expect(body.preview.problems[0].message).toContain('"sometime soon"');
    expect(await storedCounts(planId)).toEqual(before);
  });

  it.each([
    [
      'a missing column',
      {
        header: ['Challenge', 'Outcomes / measures of success', 'Actions', 'Owner of nothing', 'Target date', 'Progress', 'Status'].map(
          (h) => (h === 'Owner of nothing' ? 'Notes' : h),
        ),
      },
      /no "Lead" column/,
      2,
      null,
    ],
    [
      'an unknown heading',
      { extraHeading: 'Waste and recycling' },
      /"Waste and recycling" is not a heading of this plan.*Local theme: Waste and recycling/,
      6,
      'A',
    ],
    ['a formula', { formula: true }, /Cell E5 holds a formula \(=TODAY\(\)\+30\)/, 5, 'E'],
  ])('should explain %s by row and column, and store nothing', async (_name, options, message, row, column) => {
    const planId = await newPlan();
    const before = await storedCounts(planId);
    const { status, body } = await upload(planId, await councilStyleWorkbook(options), 'import');
    expect(status).toBe(422);
    expect(body.preview.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ row, column, message: expect.stringMatching(message) })]),
    );
    expect(await storedCounts(planId)).toEqual(before);
  });

  it('should read a CSV with multi-line cells, heading rows and "Ongoing"', async () => {
    const planId = await newPlan();
    const csv = [
      'Heading,Challenge,Actions,Lead,Target date,Progress,Status',
      'Governance and culture,Make scrutiny count,"Train scrutiny chairs\nPublish a forward plan","Monitoring Officer\nDemocratic Services","June 2014\nOngoing","01/05/2014: Training booked",Amber',
      ',Make scrutiny count,Review the constitution,Monitoring Officer,December 2014,,',
    ].join('\r\n');
    const { status, body } = await upload(planId, Buffer.from(csv), 'import', { fileName: 'plan.csv', type: 'text/csv' });
    expect(body.preview.problems).toEqual([]);
    expect(status).toBe(200);
    expect(body.preview.summary).toMatchObject({ challenges: 1, actions: 3, updates: 2 });
  });

  it('should refuse a 20 MB file and a file that is not a spreadsheet with a clear message', async () => {
    const planId = await newPlan();
    const before = await storedCounts(planId);
    const big = await upload(planId, Buffer.alloc(20 * 1024 * 1024, 65), 'import');
    expect(big.status).toBe(413);
    expect(big.body.problems[0].message).toMatch(/20\.0 MB; the largest plan we accept is 5 MB/);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 0)]);
    const notSheet = await upload(planId, png, 'import', { fileName: 'logo.png' });
    expect(notSheet.status).toBe(422);
    expect(notSheet.body.preview.problems[0].message).toMatch(/"logo.png" is not a spreadsheet we can read/);
    const zip = await upload(planId, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]), 'import');
    expect(zip.body.preview.problems[0].message).toMatch(/not an Excel workbook/);
    const form = await upload(planId, Buffer.from('a=b'), 'import', { type: 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(await storedCounts(planId)).toEqual(before);
  });

  it("should refuse importing into another council's plan, or by a member", async () => {
    const bolsoverPlan = await newPlan('E07000033', 'admin');
    const other = await upload(bolsoverPlan, await councilStyleWorkbook(), 'import');
    expect(other.status).toBe(404);
    expect(other.body.reason).toBe('PLAN_NOT_FOUND');
    const member = await upload(bolsoverPlan, await councilStyleWorkbook(), 'import', { account: 'bolsoverMember' });
    expect(member.status).toBe(403);
    expect(await storedCounts(bolsoverPlan)).toMatchObject({ challenges: 0 });
    const anonymous = await fetch(`${t.app.url}/plans/import?planId=${bolsoverPlan}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    expect(anonymous.status).toBe(401);
  });

  it('should import its own export back, and offer a template that reads as a plan with no challenges', async () => {
    const planId = await newPlan();
    await upload(planId, await councilStyleWorkbook(), 'import');
    const cookie = await cookieOf('chesterfieldLead');
    const exported = await fetch(`${t.app.url}/exports/plan.xlsx?planId=${planId}`, { headers: { cookie } });
    expect(exported.status).toBe(200);
    const copy = await newPlan();
    const again = await upload(copy, Buffer.from(await exported.arrayBuffer()), 'import');
    expect(again.body.preview.problems).toEqual([]);
    expect(await storedCounts(copy)).toMatchObject({ challenges: 2, actions: 6, updates: 4 });

    const template = await fetch(`${t.app.url}/exports/plan-template.xlsx`, { headers: { cookie } });
    expect(template.headers.get('content-type')).toMatch(/spreadsheetml/);
    const preview = await upload(copy, Buffer.from(await template.arrayBuffer()), 'preview');
    expect(preview.body.preview.rows.filter((r: { kind: string }) => r.kind === 'heading')).toHaveLength(6);
    expect(preview.body.preview.problems[0].message).toMatch(/no challenges or actions/);
  });
});
