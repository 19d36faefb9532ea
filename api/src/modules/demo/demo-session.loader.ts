import type { DataSource } from 'typeorm';

import { Assessment, AssessmentStatus } from '../assessment/assessment.entity';
import { User } from '../auth/user.entity';
import { Council } from '../council/council.entity';
import { DEMO_JOIN_CODE, ensureDemoSession } from '../facilitated-session';
import type { FrameworkService } from '../framework/framework.service';

/** The demo session: Chesterfield's draft DM toolkit assessment (for the round after the demo data's), on its first two sections. */
export const DEMO_SESSION = {
  councilGssCode: 'E07000034',
  leadEmail: 'lead.chesterfield@demo.touchstone.test',
  frameworkKey: 'dm-challenge-toolkit',
  sections: 2,
  joinCode: DEMO_JOIN_CODE,
};

/**
 * Creates (once) Chesterfield's draft for the demo session, planned on its first sections, and an
 * open session on it with the fixed join code. Runs as the owner at start-up, after the demo accounts.
 */
export async function loadDemoSession(
  dataSource: DataSource,
  frameworks: FrameworkService,
  round: string,
): Promise<typeof DEMO_SESSION & { round: string; sessionId: string }> {
  const manager = dataSource.manager;
  const council = await manager.findOneByOrFail(Council, { gssCode: DEMO_SESSION.councilGssCode });
  const lead = await manager.findOneByOrFail(User, { email: DEMO_SESSION.leadEmail });
  const framework = await frameworks.findOneOrThrow(DEMO_SESSION.frameworkKey);
  const sections = framework.sections.slice(0, DEMO_SESSION.sections);
  const where = { councilId: council.id, frameworkId: framework.id, round };
  const draft =
    (await manager.findOneBy(Assessment, { ...where, status: AssessmentStatus.DRAFT })) ??
    (await manager.save(
      manager.create(Assessment, {
        ...where,
        status: AssessmentStatus.DRAFT,
        isSynthetic: true,
        includedSectionIds: sections.map((s) => s.id),
        purpose: 'Demonstration: try a facilitated session with the demo join code.',
        cadence: null,
      }),
    ));
  const sessionId = await ensureDemoSession(manager, {
    assessmentId: draft.id,
    councilId: council.id,
    frameworkId: framework.id,
    sectionIds: sections.map((s) => s.id),
    firstItemId: sections[0].items[0].id,
    createdById: lead.id,
  });
  return { ...DEMO_SESSION, round, sessionId };
}
