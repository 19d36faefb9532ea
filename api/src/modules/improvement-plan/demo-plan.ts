import type { DataSource } from 'typeorm';

import { UserRole } from '../../common/auth/viewer';

import type { FrameworkService } from './dependencies';
import { ImprovementPlan } from './improvement-plan.entity';
import { insertPlan, type PlanTree, writePlanTree } from './improvement-plan.service';
import { PLAN_FRAMEWORK_KEY } from './plan-sources';
import { parseTarget } from './plan-status';
import demoPlan from './demo-plan.json';

/** The demo council whose plan the demonstration shows. */
export const DEMO_PLAN_COUNCIL = 'E07000034';
export const DEMO_PLAN_TITLE = 'Corporate peer challenge improvement plan 2024 (synthetic)';

type PlanChallenge = PlanTree['headings'][number]['challenges'][number];
type PlanAction = PlanChallenge['actions'][number];

/** demo-plan.json's shape: targets as councils write them, and each source with only the fields its kind uses. */
type DemoHeading = {
  heading: string;
  sectionKey: string | null;
  challenges: (Omit<PlanChallenge, 'source' | 'actions'> & {
    source: Pick<PlanChallenge['source'], 'kind'> & Partial<PlanChallenge['source']>;
    actions: (Omit<PlanAction, 'target'> & { target: string })[];
  })[];
};

/**
 * A realistic but invented plan for Chesterfield (demo-plan.json), written for Touchstone: the kind
 * of challenges a corporate peer challenge raises, actions led by roles, targets written as councils
 * write them, and a history of dated updates. Synthetic, and labelled so everywhere it appears. A
 * source gives only the fields its kind uses.
 */
const DEMO_PLAN = demoPlan as DemoHeading[];

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
          ...c,
          source: { reference: null, frameworkKey: null, subjectKey: null, label: null, ...c.source },
          actions: c.actions.map((action) => {
            const parsed = parseTarget(action.target);
            if (!parsed.ok) throw new Error(`Demo plan target "${action.target}": ${parsed.message}`);
            return { ...action, target: parsed.target };
          }),
        })),
      })),
    };
    // Synthetic updates are shown as the lead's, as a real plan's would be.
    await writePlanTree(manager, planId, tree, { enteredById: null, enteredByRole: UserRole.COUNCIL_LEAD, imported: false });
    return tree.headings.flatMap((h) => h.challenges).flatMap((c) => c.actions).length;
  });
}
