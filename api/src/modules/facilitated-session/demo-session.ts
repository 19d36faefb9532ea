import type { EntityManager } from 'typeorm';

import { FacilitatedSession, SessionMode, SessionStatus } from './facilitated-session.entity';
import { SessionItemState, StatementPhase } from './session-item-state.entity';

/** The demo session's fixed join code, printed at start-up beside the demo accounts. */
export const DEMO_JOIN_CODE = 'CHDM24';

/**
 * Makes sure the demo draft has one open live session with the fixed join code and its first
 * statement on screen, so there is something to try at once; runs as the owner at start-up and
 * adds nothing when the session is still open. Returns the session's id.
 */
export async function ensureDemoSession(
  manager: EntityManager,
  draft: { assessmentId: string; councilId: string; frameworkId: string; sectionIds: string[]; firstItemId: string; createdById: string },
): Promise<string> {
  const existing = await manager.findOneBy(FacilitatedSession, { joinCode: DEMO_JOIN_CODE, assessmentId: draft.assessmentId });
  // The demo code never expires while the demo runs: each start-up moves its end a year on.
  const expiresAt = new Date(Date.now() + 365 * 24 * 3_600_000);
  if (existing && !existing.isEnded) {
    await manager.update(FacilitatedSession, { id: existing.id }, { joinCodeExpiresAt: expiresAt });
    return existing.id;
  }
  const session = await manager.save(
    manager.create(FacilitatedSession, {
      assessmentId: draft.assessmentId,
      councilId: draft.councilId,
      frameworkId: draft.frameworkId,
      mode: SessionMode.LIVE,
      status: SessionStatus.OPEN,
      sectionIds: draft.sectionIds,
      joinCode: DEMO_JOIN_CODE,
      joinCodeExpiresAt: expiresAt,
      currentItemId: draft.firstItemId,
      createdById: draft.createdById,
    }),
  );
  await manager.insert(SessionItemState, {
    sessionId: session.id,
    itemId: draft.firstItemId,
    phase: StatementPhase.SCORING,
    voteRound: 1,
    agreedLevelIds: [],
  });
  return session.id;
}
