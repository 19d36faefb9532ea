import { PlanSourceKind } from './plan-challenge.entity';

/** The framework version that supplies a plan's core-element headings. */
export const PLAN_FRAMEWORK_KEY = 'peer-challenge-plan';

/** The framework whose questions the breakthrough coverage view reads, and its two dimensions by position. */
export const BREAKTHROUGHS_FRAMEWORK_KEY = 'improvement-breakthroughs';

/** Which framework a source kind points into by default, and what its subject key names. */
export const SOURCE_LINKS: Record<PlanSourceKind, { frameworkKey: string; subject: 'section' | 'item' | 'theme' } | null> = {
  [PlanSourceKind.PEER_RECOMMENDATION]: null,
  [PlanSourceKind.LOCAL_THEME]: null,
  [PlanSourceKind.DM_SECTION]: { frameworkKey: 'dm-challenge-toolkit', subject: 'section' },
  [PlanSourceKind.DM_STATEMENT]: { frameworkKey: 'dm-challenge-toolkit', subject: 'item' },
  [PlanSourceKind.BREAKTHROUGH_QUESTION]: { frameworkKey: BREAKTHROUGHS_FRAMEWORK_KEY, subject: 'item' },
  [PlanSourceKind.AMBITION_THEME]: { frameworkKey: 'improvement-self-assessment', subject: 'section' },
};
