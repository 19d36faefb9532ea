import type { DataSource } from 'typeorm';

import type { FrameworkService } from './dependencies';
import { ImprovementPlan } from './improvement-plan.entity';
import { UserRole } from '../../common/auth/viewer';

import { insertPlan, type PlanTree, writePlanTree } from './improvement-plan.service';
import { PLAN_FRAMEWORK_KEY } from './plan-sources';
import { PlanSourceKind } from './plan-challenge.entity';
import { parseTarget, RagStatus } from './plan-status';

/** The demo council whose plan the demonstration shows. */
export const DEMO_PLAN_COUNCIL = 'E07000034';
export const DEMO_PLAN_TITLE = 'Corporate peer challenge improvement plan 2024 (synthetic)';

type DemoAction = [description: string, lead: string, target: string, updates: [date: string, status: RagStatus, text: string][]];
type DemoChallenge = {
  title: string;
  outcomes: string;
  source: PlanTree['headings'][number]['challenges'][number]['source'];
  actions: DemoAction[];
};

const rec = (reference: string) => ({
  kind: PlanSourceKind.PEER_RECOMMENDATION,
  reference,
  frameworkKey: null,
  subjectKey: null,
  label: null,
});
const { RED, AMBER, GREEN, BLUE } = RagStatus;

/**
 * A realistic but invented plan for Chesterfield, written for Touchstone: the kind of challenges a
 * corporate peer challenge raises, actions led by roles, targets written as councils write them,
 * and a history of dated updates. Synthetic, and labelled so everywhere it appears.
 */
const DEMO_PLAN: { heading: string; sectionKey: string | null; challenges: DemoChallenge[] }[] = [
  {
    heading: 'Local priorities and outcomes',
    sectionKey: 'local-priorities-and-outcomes',
    challenges: [
      {
        title: 'The council plan lists many commitments but residents and staff cannot say which matter most.',
        outcomes:
          'A council plan with no more than five priorities, each with a measure residents recognise\nStaff survey: at least 75% can name the priorities',
        source: rec('R1'),
        actions: [
          [
            'Run a short listening exercise with residents and partners on what the borough needs most',
            'Head of Policy and Communications',
            'November 2024 – February 2025',
            [
              ['2024-12-13', GREEN, 'Four drop-in sessions held and an online survey open; 1,140 responses so far.'],
              ['2025-02-28', BLUE, 'Findings reported to Cabinet; five themes stood out.'],
            ],
          ],
          [
            'Agree a shorter council plan for 2025-2029 built around those themes',
            'Leader of the Council / Chief Executive',
            'March 2025',
            [['2025-03-25', BLUE, 'Council plan adopted by full Council with five priorities.']],
          ],
          [
            'Publish a yearly "how we did" report with the measures against each priority',
            'Corporate Performance Team',
            'Ongoing',
            [
              ['2025-07-10', GREEN, 'First report published alongside the outturn.'],
              ['2026-07-09', GREEN, 'Second report published; two measures changed after scrutiny asked for clearer ones.'],
            ],
          ],
        ],
      },
    ],
  },
  {
    heading: 'Organisational and place leadership',
    sectionKey: 'organisational-and-place-leadership',
    challenges: [
      {
        title: 'Partners value the council but say it convenes too late and leads too little on the town centre and skills.',
        outcomes:
          'A place board meeting quarterly with a shared delivery plan\nPartners rate the council as a leader of the place in the annual partner survey',
        source: rec('R2'),
        actions: [
          [
            'Set up a place board with the county council, college, health and business representatives',
            'Chief Executive',
            'June 2025',
            [
              ['2025-04-30', AMBER, 'Terms of reference drafted; health partners still to confirm a member.'],
              ['2025-06-27', BLUE, 'First meeting held with all partners represented.'],
            ],
          ],
          [
            'Agree a joint skills plan with the college and employers',
            'Service Director – Economic Growth',
            'September 2025 – March 2026',
            [
              ['2025-11-14', AMBER, 'Employer survey slower than planned; returns at 40% of target.'],
              ['2026-03-20', RED, 'Plan not agreed: college funding for 2026-27 still unknown.'],
              ['2026-09-18', AMBER, 'Funding confirmed; draft plan with partners for comment.'],
            ],
          ],
        ],
      },
    ],
  },
  {
    heading: 'Governance and culture',
    sectionKey: 'governance-and-culture',
    challenges: [
      {
        title: 'Scrutiny spends most of its time receiving reports rather than shaping decisions.',
        outcomes: 'Each scrutiny committee sets a work programme linked to the forward plan\nAt least two pre-decision reviews a year',
        source: rec('R4'),
        actions: [
          [
            'Offer training for scrutiny chairs and vice-chairs, drawing on a neighbouring council\u2019s practice',
            'Monitoring Officer',
            'January 2025',
            [['2025-01-31', BLUE, 'Training delivered to all chairs and vice-chairs.']],
          ],
          [
            'Publish the forward plan three months ahead and invite scrutiny to choose items for pre-decision review',
            'Democratic Services Manager',
            'April 2025',
            [
              ['2025-05-16', AMBER, 'Forward plan now published two months ahead; three months from September.'],
              ['2025-09-30', BLUE, 'Three-month forward plan in place; first pre-decision review chosen.'],
            ],
          ],
          [
            'Review the constitution\u2019s scheme of delegation with councillors',
            'Monitoring Officer',
            'Ongoing until 2026/27',
            [['2026-02-12', GREEN, 'Cross-party working group has met three times.']],
          ],
        ],
      },
      {
        title: 'Staff say they are not always confident to challenge or suggest better ways of working.',
        outcomes: 'Staff survey: "I can challenge how we do things" up by 10 points by 2026',
        source: {
          kind: PlanSourceKind.BREAKTHROUGH_QUESTION,
          reference: null,
          frameworkKey: 'improvement-breakthroughs',
          subjectKey: 'lc-2',
          label:
            'Has the council built a culture in which staff are encouraged to question current ways of working and suggest improvements?',
        },
        actions: [
          [
            'Start an ideas scheme with a monthly panel that answers every suggestion within four weeks',
            'Head of HR and Organisational Development',
            'July 2025',
            [
              ['2025-07-31', GREEN, 'Scheme launched; 64 ideas in the first month.'],
              ['2026-01-30', BLUE, 'Running for six months; 21 ideas adopted.'],
            ],
          ],
        ],
      },
    ],
  },
  {
    heading: 'Financial planning and management',
    sectionKey: 'financial-planning-and-management',
    challenges: [
      {
        title: 'The medium-term financial plan shows a gap from 2026-27 that the savings identified so far do not close.',
        outcomes:
          'A balanced budget for 2026-27 and 2027-28 without using general reserves\nGeneral reserves kept above the minimum the section 151 officer advises',
        source: rec('R3'),
        actions: [
          [
            'Agree a three-year savings and income programme, with each proposal costed and risk-assessed',
            'Head of Finance (Section 151 Officer)',
            'October 2025',
            [
              ['2025-06-30', AMBER, 'Proposals worth two thirds of the gap identified.'],
              ['2025-10-24', AMBER, 'Programme agreed in principle; one income proposal needs more work.'],
              ['2026-02-20', BLUE, 'Programme built into the 2026-27 budget.'],
            ],
          ],
          [
            'Review fees and charges against similar councils and full cost',
            'Head of Finance (Section 151 Officer)',
            'December 2025',
            [['2025-12-12', BLUE, 'Review complete; new charges from April 2026.']],
          ],
          [
            'Report progress on the programme to Cabinet each quarter',
            'Cabinet/ Corporate Management Team',
            'Ongoing',
            [
              ['2026-03-12', GREEN, 'Quarter 4 report taken.'],
              ['2026-09-10', AMBER, 'Quarter 2 shows a shortfall on car parking income.'],
            ],
          ],
          [
            'Complete the asset review and decide which buildings to keep',
            'Head of Property',
            'July 2026',
            [['2026-05-29', AMBER, 'Condition surveys done; options paper delayed to the autumn.']],
          ],
        ],
      },
    ],
  },
  {
    heading: 'Capacity for improvement',
    sectionKey: 'capacity-for-improvement',
    challenges: [
      {
        title: 'Development management is slow on major applications and relies heavily on agency staff.',
        outcomes: 'At least 80% of major applications decided in time\nAgency spend in planning halved',
        source: {
          kind: PlanSourceKind.DM_SECTION,
          reference: null,
          frameworkKey: 'dm-challenge-toolkit',
          subjectKey: 'resource-management-team-set-up',
          label: 'Resource management (team set-up)',
        },
        actions: [
          [
            'Introduce career grades for planning officers and recruit to two permanent senior posts',
            'Head of Planning',
            'April 2025 – March 2026',
            [
              ['2025-09-05', AMBER, 'One senior post filled; the second advertised twice.'],
              ['2026-03-27', BLUE, 'Both posts filled; career grades in place.'],
            ],
          ],
          [
            'Offer planning performance agreements on all major schemes',
            'Development Management Team Leader',
            'December 2026',
            [['2026-06-19', GREEN, 'Agreements in place on four of six live major schemes.']],
          ],
        ],
      },
      {
        title: 'Too many processes still depend on paper forms and re-keying.',
        outcomes: 'The ten most used forms online, with no re-keying into back-office systems',
        source: {
          kind: PlanSourceKind.AMBITION_THEME,
          reference: null,
          frameworkKey: 'improvement-self-assessment',
          subjectKey: 'process-redesign',
          label: 'Process redesign',
        },
        actions: [
          [
            'Redesign the ten most used forms with the people who use them',
            'Digital Services Manager',
            'January 2027',
            [['2026-10-30', AMBER, 'Six forms redesigned; integration with the revenues system is behind schedule.']],
          ],
        ],
      },
    ],
  },
  {
    heading: 'Town centre and economic growth',
    sectionKey: null,
    challenges: [
      {
        title: 'Vacant units on the main shopping streets are rising and footfall has not recovered.',
        outcomes: 'Vacancy rate below the national average\nFootfall back to 2019 levels',
        source: { kind: PlanSourceKind.LOCAL_THEME, reference: null, frameworkKey: null, subjectKey: null, label: null },
        actions: [
          [
            'Offer meanwhile leases on council-owned units to local makers and start-ups',
            'Economic Development Team',
            'Ongoing',
            [['2025-08-22', GREEN, 'Five units let on meanwhile leases.']],
          ],
          [
            'Agree a town centre masterplan with landlords and the business improvement district',
            'Service Director – Economic Growth',
            'May 2026',
            [],
          ],
        ],
      },
    ],
  },
];

/**
 * Loads Chesterfield's synthetic plan once (as the database owner, below the API): skipped if the
 * council already has a synthetic plan. Returns the number of actions loaded.
 */
export async function loadDemoPlan(dataSource: DataSource, frameworks: FrameworkService): Promise<number> {
  const [council] = await dataSource.query(`SELECT id FROM council WHERE gss_code = $1`, [DEMO_PLAN_COUNCIL]);
  if (!council) return 0;
  if (await dataSource.manager.exists(ImprovementPlan, { where: { councilId: council.id, isSynthetic: true } })) return 0;
  const framework = await frameworks.findOneOrThrow(PLAN_FRAMEWORK_KEY);
  return dataSource.transaction(async (manager) => {
    const planId = await insertPlan(manager, {
      councilId: council.id,
      framework,
      title: DEMO_PLAN_TITLE,
      localThemes: DEMO_PLAN.filter((h) => !h.sectionKey).map((h) => h.heading),
      createdById: null,
      isSynthetic: true,
    });
    const tree: PlanTree = {
      headings: DEMO_PLAN.map((h) => ({
        title: h.heading,
        sectionKey: h.sectionKey,
        challenges: h.challenges.map((c) => ({
          title: c.title,
          outcomes: c.outcomes,
          source: c.source,
          actions: c.actions.map(([description, lead, target, updates]) => {
            const parsed = parseTarget(target);
            if (!parsed.ok) throw new Error(`Demo plan target "${target}": ${parsed.message}`);
            return { description, lead, target: parsed.target, updates: updates.map(([date, status, text]) => ({ date, status, text })) };
          }),
        })),
      })),
    };
    // Synthetic updates are shown as the lead's, as a real plan's would be.
    await writePlanTree(manager, planId, tree, { enteredById: null, enteredByRole: UserRole.COUNCIL_LEAD, imported: false });
    return tree.headings.flatMap((h) => h.challenges).flatMap((c) => c.actions).length;
  });
}
