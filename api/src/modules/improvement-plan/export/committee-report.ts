import pdfmake from 'pdfmake';

import type { PlanBreakthroughCoverage, PlanStatusView } from '../dto/plan-views.types';
import type { ImprovementPlan } from '../improvement-plan.entity';
import { actionEntriesOf } from '../improvement-plan.service';
import { RagStatus } from '../plan-status';

import { STATUS_NAMES } from './plan-spreadsheet';

/** The council's position on one peer group, as the benchmark module served it (after disclosure control). */
export type PositionRow = {
  title: string;
  councilScore: number | null;
  median: number | null;
  lowerQuartile: number | null;
  upperQuartile: number | null;
  contributorsBand: string;
  suppressed: boolean;
  suppressionReason: string | null;
  phrase: string | null;
};

export type PositionSummary =
  | {
      available: true;
      frameworkTitle: string;
      dimensionTitle: string;
      round: string;
      peerGroupName: string;
      includesSynthetic: boolean;
      rows: PositionRow[];
      caveats: string[];
    }
  | { available: false; reason: string };

export type CommitteeReportInput = {
  councilName: string;
  councilGssCode: string;
  plan: ImprovementPlan;
  generatedOn: string;
  position: PositionSummary;
  coverage: PlanBreakthroughCoverage;
  statusView: PlanStatusView;
  minOtherCouncils: number;
};

const FONTS = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'];
pdfmake.setFonts({ Helvetica: { normal: FONTS[0], bold: FONTS[1], italics: FONTS[2], bolditalics: FONTS[3] } });
// The report draws only what it is given: no file or URL is ever fetched.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => FONTS.includes(path));

/** Colours for status, always shown beside the status name, never as the only signal. */
const STATUS_COLOURS: Record<RagStatus | 'none', string> = {
  [RagStatus.RED]: '#d4351c',
  [RagStatus.AMBER]: '#f47738',
  [RagStatus.GREEN]: '#00703c',
  [RagStatus.BLUE]: '#1d70b8',
  none: '#b1b4b6',
};

/** Renders the committee report as an A4 PDF. */
export async function renderCommitteeReport(input: CommitteeReportInput): Promise<Buffer> {
  return pdfmake.createPdf(committeeReportDefinition(input)).getBuffer();
}

/** The report's document definition: position summary, breakthrough matrix, the plan's progress. */
export function committeeReportDefinition(input: CommitteeReportInput): object {
  const { plan, statusView } = input;
  const synthetic = plan.isSynthetic || (input.position.available && input.position.includesSynthetic);
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    info: { title: `${input.councilName}: improvement plan progress report`, author: 'Touchstone', subject: plan.title },
    defaultStyle: { font: 'Helvetica', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11, color: '#505a5f', margin: [0, 0, 0, 12] },
      h1: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
      h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      th: { bold: true, fillColor: '#f3f2f1' },
      note: { fontSize: 8, color: '#505a5f' },
      banner: { bold: true, color: '#ffffff', fillColor: '#505a5f' },
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${input.councilName} — ${plan.title}${synthetic ? ' — SYNTHETIC DEMONSTRATION DATA' : ''}`, style: 'note' },
        { text: `Page ${page} of ${pages}`, alignment: 'right', style: 'note' },
      ],
      margin: [48, 16, 48, 0],
    }),
    content: [
      { text: `${input.councilName}: improvement plan progress report`, style: 'title' },
      { text: `${plan.title}. For scrutiny or cabinet. Prepared on ${longDate(input.generatedOn)}.`, style: 'subtitle' },
      ...(synthetic
        ? [
            {
              table: {
                widths: ['*'],
                body: [
                  [
                    {
                      text: 'This report uses synthetic demonstration data. It does not describe any real council.',
                      style: 'banner',
                      margin: [6, 4, 6, 4],
                    },
                  ],
                ],
              },
              layout: 'noBorders',
              margin: [0, 0, 0, 10],
            },
          ]
        : []),
      { text: 'Summary', style: 'h1' },
      { ul: summaryBullets(input) },
      ...positionSection(input),
      ...breakthroughSection(input.coverage),
      ...progressSection(plan, statusView),
      { text: 'About these figures', style: 'h1' },
      {
        ul: [
          'Self-assessment scores are each council\u2019s own judgement, not an inspection: compare them as indications, not verdicts.',
          `Peer figures are shown only where at least ${input.minOtherCouncils} other councils contribute; otherwise they are withheld and marked "c". Counts of councils are shown in bands.`,
          'Councils are not ranked. The plan and its progress updates are the council\u2019s own and are reported as recorded.',
        ],
        style: 'note',
      },
    ],
  };
}

function summaryBullets(input: CommitteeReportInput): string[] {
  const c = input.statusView.counts;
  const bullets = [
    `The plan has ${c.total} action${c.total === 1 ? '' : 's'}: ${c.blue} complete (Blue), ${c.green} on track (Green), ${c.amber} at risk (Amber), ${c.red} off track (Red) and ${c.noUpdate} with no update yet.`,
    `${input.statusView.overdue.length} action${input.statusView.overdue.length === 1 ? ' is' : 's are'} overdue and ${input.statusView.dueSoon.length} ${input.statusView.dueSoon.length === 1 ? 'is' : 'are'} due in the next ${input.statusView.dueSoonDays} days.`,
  ];
  bullets.push(positionSentence(input.position));
  const uncovered = input.coverage.questions.filter((q) => q.linkedActions === 0).length;
  bullets.push(
    `${input.coverage.questions.length - uncovered} of ${input.coverage.questions.length} breakthrough questions have at least one linked action.`,
  );
  return bullets;
}

/** One sentence on where the council stands, built from the disclosed phrases only. */
export function positionSentence(position: PositionSummary): string {
  if (!position.available) return position.reason;
  const shown = position.rows.filter((r) => !r.suppressed && r.phrase);
  if (shown.length === 0)
    return `Peer figures for ${position.peerGroupName} are withheld in ${position.round}, so no comparison can be shown.`;
  const tally = new Map<string, number>();
  for (const row of shown) {
    const phrase = /above/.test(row.phrase!) ? 'above' : /below/.test(row.phrase!) ? 'below' : 'broadly similar to';
    tally.set(phrase, (tally.get(phrase) ?? 0) + 1);
  }
  const parts = ['above', 'broadly similar to', 'below'].filter((p) => tally.has(p)).map((p) => `${p} the median in ${tally.get(p)}`);
  const withheld = position.rows.length - shown.length;
  return `In ${position.round}, against ${position.peerGroupName}, the council's ${position.dimensionTitle.toLowerCase()} scores are ${parts.join(', ')} of ${position.rows.length} areas${withheld ? `; figures for ${withheld} are withheld` : ''}.`;
}

function positionSection(input: CommitteeReportInput): object[] {
  const position = input.position;
  const heading = { text: 'Where the council stands', style: 'h1' };
  if (!position.available) return [heading, { text: position.reason }];
  return [
    heading,
    {
      text: `${position.frameworkTitle}, ${position.dimensionTitle.toLowerCase()}, ${position.round}, against ${position.peerGroupName}.`,
      margin: [0, 0, 0, 6],
    },
    { svg: positionChartSvg(position.rows), width: 499 },
    {
      text: 'Chart: each bar is the 0–100 score scale; the grey band is the middle half of peer councils (lower to upper quartile), the vertical line their median, and the black diamond the council\u2019s own score. Areas whose peer figures are withheld show the council\u2019s score only.',
      style: 'note',
      margin: [0, 4, 0, 6],
    },
    listingTable(
      ['Area', 'Council', 'Peer median', 'Quartiles', 'Councils', 'Position'],
      ['*', 45, 45, 60, 55, 90],
      position.rows.map((r) => [
        r.title,
        num(r.councilScore),
        r.suppressed ? 'c' : num(r.median),
        r.suppressed ? 'c' : `${num(r.lowerQuartile)}–${num(r.upperQuartile)}`,
        r.contributorsBand,
        r.suppressed ? `Withheld: ${r.suppressionReason ?? 'too few councils'}` : (r.phrase ?? 'No score'),
      ]),
    ),
  ];
}

/** A vector chart of the council's score against the peers' quartiles and median, one row per area. */
export function positionChartSvg(rows: PositionRow[]): string {
  // bounds
  const width = 499;
  const rowHeight = 18;
  const labelWidth = 170;
  const left = labelWidth + 8;
  const plotWidth = width - left - 12;
  const top = 16;
  const height = top + rows.length * rowHeight + 18;
  // scales
  const x = (score: number) => left + (Math.max(0, Math.min(100, score)) / 100) * plotWidth;
  // render
  const ticks = [0, 25, 50, 75, 100]
    .map(
      (t) =>
        `<line x1="${x(t)}" y1="${top - 4}" x2="${x(t)}" y2="${height - 16}" stroke="#dddddd" stroke-width="0.5"/><text x="${x(t)}" y="${height - 4}" font-size="8" text-anchor="middle" fill="#505a5f">${t}</text>`,
    )
    .join('');
  const marks = rows
    .map((r, i) => {
      const cy = top + i * rowHeight + rowHeight / 2;
      const label = `<text x="0" y="${cy + 3}" font-size="8" fill="#0b0c0c">${escapeXml(truncate(r.title, 38))}</text>`;
      const track = `<rect x="${left}" y="${cy - 1}" width="${plotWidth}" height="2" fill="#f3f2f1"/>`;
      const band =
        !r.suppressed && r.lowerQuartile !== null && r.upperQuartile !== null
          ? `<rect x="${x(r.lowerQuartile)}" y="${cy - 5}" width="${Math.max(1, x(r.upperQuartile) - x(r.lowerQuartile))}" height="10" fill="#b1b4b6"/>`
          : '';
      const median =
        !r.suppressed && r.median !== null ? `<rect x="${x(r.median) - 0.75}" y="${cy - 7}" width="1.5" height="14" fill="#0b0c0c"/>` : '';
      const own =
        r.councilScore !== null
          ? `<path d="M ${x(r.councilScore)} ${cy - 5} L ${x(r.councilScore) + 5} ${cy} L ${x(r.councilScore)} ${cy + 5} L ${x(r.councilScore) - 5} ${cy} Z" fill="#0b0c0c"/>`
          : '';
      const withheld = r.suppressed
        ? `<text x="${left + plotWidth}" y="${cy + 3}" font-size="7" text-anchor="end" fill="#505a5f">c</text>`
        : '';
      return label + track + band + median + own + withheld;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${ticks}${marks}</svg>`;
}

function breakthroughSection(coverage: PlanBreakthroughCoverage): object[] {
  const heading = { text: 'Breakthrough matrix', style: 'h1', pageBreak: 'before' };
  const answered = coverage.questions.filter((q) => q.progress && q.planCoverageAnswer);
  const intro = coverage.assessmentRound
    ? `The council's own answers in its ${coverage.assessmentRound} improvement breakthroughs assessment: progress against whether the plan addresses each question. Little progress and no plan coverage means act first.`
    : 'The council has no submitted improvement breakthroughs assessment that can be shown here, so the matrix lists the plan\u2019s linked actions only.';
  const progressLevels = coverage.progressLevels;
  const coverageLevels = coverage.coverageLevels;
  const matrix = answered.length
    ? [
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [110, ...coverageLevels.map(() => '*')],
            body: [
              [
                { text: 'Progress (rows) by in the plan (columns)', style: 'th' },
                ...coverageLevels.map((l) => ({ text: l.label, style: 'th' })),
              ],
              ...[...progressLevels].reverse().map((p) => [
                { text: p.label, bold: true },
                ...coverageLevels.map((c) => {
                  const n = answered.filter((q) => q.progress!.key === p.key && q.planCoverageAnswer!.key === c.key).length;
                  const actFirst = p.position === 0 && c.position === 0;
                  return {
                    text: `${n}${actFirst && n ? ' (act first)' : ''}`,
                    bold: actFirst,
                    fillColor: actFirst && n ? '#fde0dc' : undefined,
                  };
                }),
              ]),
            ],
          },
          margin: [0, 4, 0, 8],
          unbreakable: true,
        },
      ]
    : [];
  return [
    heading,
    { text: intro, margin: [0, 0, 0, 4] },
    ...matrix,
    listingTable(
      ['Question', 'Progress', 'Plan addresses it?', 'Linked actions'],
      ['*', 70, 60, 45],
      coverage.questions.map((q) => [
        truncate(q.item.text, 140),
        q.progress?.label ?? '—',
        q.planCoverageAnswer?.label ?? '—',
        { text: `${q.linkedActions}${q.disagrees ? ' (check)' : ''}`, bold: q.disagrees },
      ]),
      { fontSize: 8 },
    ),
    { text: '"(check)": the council\u2019s answer and the plan\u2019s linked actions disagree.', style: 'note', margin: [0, 2, 0, 0] },
  ];
}

function progressSection(plan: ImprovementPlan, view: PlanStatusView): object[] {
  const c = view.counts;
  const statuses: [RagStatus | 'none', string, number][] = [
    [RagStatus.RED, 'Red (off track)', c.red],
    [RagStatus.AMBER, 'Amber (at risk)', c.amber],
    [RagStatus.GREEN, 'Green (on track)', c.green],
    [RagStatus.BLUE, 'Blue (complete)', c.blue],
    ['none', 'No update yet', c.noUpdate],
  ];
  const max = Math.max(1, ...statuses.map((s) => s[2]));
  const entries = actionEntriesOf(plan);
  return [
    { text: 'Progress on the plan', style: 'h1', pageBreak: 'before' },
    { text: `Counts by each action's latest status on ${longDate(view.asOf)}.`, margin: [0, 0, 0, 4] },
    {
      table: {
        widths: [90, 30, '*'],
        body: statuses.map(([status, label, n]) => [
          label,
          { text: String(n), alignment: 'right' },
          { canvas: [{ type: 'rect', x: 0, y: 2, w: Math.max(0.5, (n / max) * 280), h: 8, color: STATUS_COLOURS[status] }] },
        ]),
      },
      layout: 'noBorders',
    },
    { text: 'Overdue actions', style: 'h2' },
    view.overdue.length
      ? listingTable(
          ['Action', 'Lead', 'Target', 'Status'],
          ['*', 90, 70, 55],
          view.overdue.map((e) => [truncate(e.action.description, 160), e.action.lead, e.action.targetText, statusCell(e.action.status)]),
        )
      : { text: 'No action is overdue.' },
    { text: 'Each action\u2019s latest update', style: 'h2' },
    listingTable(
      ['Heading', 'Action', 'Lead', 'Target', 'Status', 'Latest update'],
      [75, '*', 70, 55, 45, '*'],
      entries.map((e) => [
        e.headingTitle,
        truncate(e.action.description, 160),
        e.action.lead,
        e.action.targetText,
        statusCell(e.action.status),
        e.action.latestUpdate ? `${e.action.latestUpdate.date}: ${truncate(e.action.latestUpdate.text, 200)}` : 'No update yet',
      ]),
      { fontSize: 8 },
    ),
  ];
}

/** A table of rows under a header row: the header repeats on each page, a row never splits across pages, light rules between rows. */
const listingTable = (headers: string[], widths: (number | '*')[], rows: unknown[][], style: { fontSize?: number } = {}) => ({
  table: { headerRows: 1, dontBreakRows: true, widths, body: [headers.map((text) => ({ text, style: 'th' })), ...rows] },
  layout: 'lightHorizontalLines',
  ...style,
});

const statusCell = (status: RagStatus | null) =>
  status ? { text: STATUS_NAMES[status], color: STATUS_COLOURS[status], bold: true } : { text: 'None', color: '#505a5f' };

const num = (n: number | null) => (n === null ? '—' : String(Math.round(n)));

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
