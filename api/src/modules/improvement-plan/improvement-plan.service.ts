import type { DataSource, EntityManager } from 'typeorm';

import { AccessError, assertCanAddProgress, assertCanEditPlan, assertCanReadPlan, canReadPlan } from '../../common/auth/access-policy';
import type { UserRole } from '../../common/auth/viewer';
import { inViewerTransaction } from '../../common/database/viewer-transaction';
import { type RequestContext, viewerOf } from '../../common/request-context';

import type { AssessmentService, AuditService, CouncilService, Framework, FrameworkService } from './dependencies';
import { AssessmentStatus, AuditAction } from './dependencies';
import type {
  AddPlanActionInput,
  AddPlanChallengeInput,
  AddPlanHeadingInput,
  AddProgressUpdateInput,
  CreateImprovementPlanInput,
  PlanActionInput,
  PlanSourceInput,
  PlanSuggestionInput,
  SetPlanSharingInput,
  UpdatePlanActionInput,
  UpdatePlanChallengeInput,
} from './dto/plan.inputs';
import type { PlanStatusSeriesArgs, PlanStatusViewArgs } from './dto/plan.args';
import {
  BreakthroughCoverageRow,
  PlanActionEntry,
  PlanBreakthroughCoverage,
  PlanChallengeSuggestion,
  PlanStatusCounts,
  PlanStatusGroup,
  PlanStatusPoint,
  PlanStatusView,
} from './dto/plan-views.types';
import type { ExportContext } from './export/plan-spreadsheet';
import { type PlanImportPreview, previewImport } from './import/preview';
import { ImprovementPlan } from './improvement-plan.entity';
import { ImprovementPlanError, ImprovementPlanErrorCode } from './improvement-plan.errors';
import { PlanAction } from './plan-action.entity';
import { PlanChallenge, PlanSource, PlanSourceKind } from './plan-challenge.entity';
import { PlanHeading, PlanHeadingKind } from './plan-heading.entity';
import { BREAKTHROUGHS_FRAMEWORK_KEY, PLAN_FRAMEWORK_KEY, SOURCE_LINKS } from './plan-sources';
import {
  countByStatus,
  isDueSoon,
  isOverdue,
  monthEnds,
  type ParsedTarget,
  parseTarget,
  RagStatus,
  todayIso,
  type UpdateState,
} from './plan-status';
import { ProgressUpdate } from './progress-update.entity';

/** A whole plan as the import writes it: headings in order, each with challenges and their actions and history. */
export type PlanTree = {
  headings: {
    title: string;
    sectionKey: string | null;
    challenges: {
      title: string;
      outcomes: string;
      source: {
        kind: PlanSourceKind;
        reference: string | null;
        frameworkKey: string | null;
        subjectKey: string | null;
        label: string | null;
      };
      actions: { description: string; lead: string; target: ParsedTarget; updates: { date: string; text: string; status: RagStatus }[] }[];
    }[];
  }[];
};

const STATUS_LABELS: Record<RagStatus, string> = {
  [RagStatus.RED]: 'Red (off track)',
  [RagStatus.AMBER]: 'Amber (at risk)',
  [RagStatus.GREEN]: 'Green (on track)',
  [RagStatus.BLUE]: 'Blue (complete)',
};

/** How many months a status series may cover. */
const MAX_SERIES_MONTHS = 120;

/**
 * Councils' improvement plans: headings, challenges, actions and their append-only progress
 * history. Reads and writes only its own tables, inside the viewer's transaction, so PostgreSQL's
 * row-level security checks every row a second time.
 */
export class ImprovementPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly councils: CouncilService,
    private readonly assessments: AssessmentService,
    /** Where changes to a plan's sharing are recorded. */
    private readonly audit?: AuditService,
  ) {}

  /** Runs work in the viewer's transaction; PostgreSQL derives from the viewer's secret which plans, PAS's shared ones included, it may reach. */
  private inPlanTransaction<TResult>(ctx: RequestContext, work: (manager: EntityManager) => Promise<TResult>): Promise<TResult> {
    return inViewerTransaction(this.dataSource, ctx, work);
  }

  /**
   * The council's plans the viewer may read: all of them for its own users, the shared ones for
   * partners and PAS. Throws COUNCIL_NOT_FOUND, or FORBIDDEN when the viewer may read none.
   */
  async findAll(ctx: RequestContext, councilGssCode: string): Promise<ImprovementPlan[]> {
    const viewer = viewerOf(ctx);
    const council = await this.councils.findByGssCodeOrThrow(ctx, councilGssCode);
    const readable = await this.inPlanTransaction(ctx, async (m) => {
      const plans = await m.find(ImprovementPlan, { where: { councilId: council.id }, order: { createdAt: 'DESC' } });
      // Plans are small and a council has few, so each comes whole: its headings and counts need no further query.
      const trees: ImprovementPlan[] = [];
      for (const plan of plans.filter((p) => canReadPlan(viewer, p))) trees.push(await this.readTree(ctx, m, plan.id));
      return trees;
    });
    // Own users see an empty list; anyone else with nothing shared is refused, as for another council's results.
    if (readable.length === 0) assertCanReadPlan(viewer, { councilId: council.id, sharedWithPartners: false, sharedWithPas: false });
    return readable;
  }

  /** The plan with its headings, challenges, actions and history, in order; throws PLAN_NOT_FOUND or FORBIDDEN. */
  async findOneOrThrow(ctx: RequestContext, id: string): Promise<ImprovementPlan> {
    return this.inPlanTransaction(ctx, (m) => this.readTree(ctx, m, id));
  }

  /** One action with its history; throws PLAN_ACTION_NOT_FOUND or FORBIDDEN. */
  async findAction(ctx: RequestContext, id: string): Promise<PlanAction> {
    return this.inPlanTransaction(ctx, async (m) => {
      const action = await this.actionOrThrow(m, id);
      assertCanReadPlan(viewerOf(ctx), await this.planRowOrThrow(m, action.planId));
      action.updates = await m.find(ProgressUpdate, { where: { actionId: id } });
      return action;
    });
  }

  /**
   * Starts a plan for a council with the plan framework's core elements as headings, then any local
   * themes. Throws COUNCIL_NOT_FOUND, FRAMEWORK_NOT_FOUND, PLAN_HEADING_EXISTS or FORBIDDEN.
   */
  async create(ctx: RequestContext, input: CreateImprovementPlanInput): Promise<ImprovementPlan> {
    const viewer = viewerOf(ctx);
    const council = await this.councils.findByGssCodeOrThrow(ctx, input.councilGssCode);
    assertCanEditPlan(viewer, council.id);
    const framework = await this.frameworks.findOneOrThrow(PLAN_FRAMEWORK_KEY);
    const id = await this.inPlanTransaction(ctx, (m) =>
      insertPlan(m, {
        councilId: council.id,
        framework,
        title: input.title,
        localThemes: input.localThemes ?? [],
        createdById: viewer.userId,
      }),
    );
    return this.findOneOrThrow(ctx, id);
  }

  /** Adds a local-theme heading at the end; throws PLAN_NOT_FOUND, PLAN_HEADING_EXISTS or FORBIDDEN. */
  async addHeading(ctx: RequestContext, input: AddPlanHeadingInput): Promise<PlanHeading> {
    const id = await this.inPlanTransaction(ctx, async (m) => {
      const plan = await this.editablePlanOrThrow(ctx, m, input.planId);
      const headings = await m.find(PlanHeading, { where: { planId: plan.id } });
      const title = input.title.trim();
      if (headings.some((h) => h.title.toLowerCase() === title.toLowerCase()))
        throw new ImprovementPlanError(ImprovementPlanErrorCode.PLAN_HEADING_EXISTS, `The plan already has a heading "${title}".`);
      const saved = await m.save(
        m.create(PlanHeading, { planId: plan.id, title, kind: PlanHeadingKind.LOCAL_THEME, sectionKey: null, position: headings.length }),
      );
      return saved.id;
    });
    return this.headingOf(ctx, id);
  }

  /**
   * Adds a challenge under a heading, linked to where it came from, with any starting actions.
   * Throws PLAN_HEADING_NOT_FOUND, PLAN_SOURCE_NOT_FOUND, PLAN_SOURCE_INVALID, PLAN_TARGET_UNREADABLE or FORBIDDEN.
   */
  async addChallenge(ctx: RequestContext, input: AddPlanChallengeInput): Promise<PlanChallenge> {
    const source = await this.resolveSource(input.source);
    const targets = input.actions.map((a) => this.targetOrThrow(a.target));
    const id = await this.inPlanTransaction(ctx, async (m) => {
      const heading = await m.findOne(PlanHeading, { where: { id: input.headingId } });
      if (!heading) throw notFound(ImprovementPlanErrorCode.PLAN_HEADING_NOT_FOUND, 'heading', input.headingId);
      await this.editablePlanOrThrow(ctx, m, heading.planId);
      const position = await m.count(PlanChallenge, { where: { headingId: heading.id } });
      const challenge = await m.save(
        m.create(PlanChallenge, {
          planId: heading.planId,
          headingId: heading.id,
          title: input.title.trim(),
          outcomes: input.outcomes.trim(),
          position,
          ...sourceColumns(source),
        }),
      );
      await m.save(input.actions.map((a, i) => this.actionRow(m, heading.planId, challenge.id, i, a, targets[i])));
      return challenge.id;
    });
    return this.challengeOf(ctx, id);
  }

  /** Changes a challenge's wording or outcomes; throws PLAN_CHALLENGE_NOT_FOUND or FORBIDDEN. */
  async updateChallenge(ctx: RequestContext, input: UpdatePlanChallengeInput): Promise<PlanChallenge> {
    await this.inPlanTransaction(ctx, async (m) => {
      const challenge = await m.findOne(PlanChallenge, { where: { id: input.challengeId } });
      if (!challenge) throw notFound(ImprovementPlanErrorCode.PLAN_CHALLENGE_NOT_FOUND, 'challenge', input.challengeId);
      await this.editablePlanOrThrow(ctx, m, challenge.planId);
      if (input.title != null) challenge.title = input.title.trim();
      if (input.outcomes != null) challenge.outcomes = input.outcomes.trim();
      await m.save(challenge);
    });
    return this.challengeOf(ctx, input.challengeId);
  }

  /** Adds an action to a challenge; throws PLAN_CHALLENGE_NOT_FOUND, PLAN_TARGET_UNREADABLE or FORBIDDEN. */
  async addAction(ctx: RequestContext, input: AddPlanActionInput): Promise<PlanAction> {
    const target = this.targetOrThrow(input.target);
    const id = await this.inPlanTransaction(ctx, async (m) => {
      const challenge = await m.findOne(PlanChallenge, { where: { id: input.challengeId } });
      if (!challenge) throw notFound(ImprovementPlanErrorCode.PLAN_CHALLENGE_NOT_FOUND, 'challenge', input.challengeId);
      await this.editablePlanOrThrow(ctx, m, challenge.planId);
      const position = await m.count(PlanAction, { where: { challengeId: challenge.id } });
      return (await m.save(this.actionRow(m, challenge.planId, challenge.id, position, input, target))).id;
    });
    return this.findAction(ctx, id);
  }

  /** Changes an action's wording, lead or target, never its history; throws PLAN_ACTION_NOT_FOUND, PLAN_TARGET_UNREADABLE or FORBIDDEN. */
  async updateAction(ctx: RequestContext, input: UpdatePlanActionInput): Promise<PlanAction> {
    const target = input.target != null ? this.targetOrThrow(input.target) : null;
    await this.inPlanTransaction(ctx, async (m) => {
      const action = await this.actionOrThrow(m, input.actionId);
      await this.editablePlanOrThrow(ctx, m, action.planId);
      if (input.description != null) action.description = input.description.trim();
      if (input.lead != null) action.lead = input.lead.trim();
      if (target) Object.assign(action, targetColumns(target));
      await m.save(action);
    });
    return this.findAction(ctx, input.actionId);
  }

  /**
   * Appends a dated progress update to an action's history, recording the author's role. The
   * council's lead and members may add updates. Throws PLAN_ACTION_NOT_FOUND, PROGRESS_DATE_INVALID or FORBIDDEN.
   */
  async addProgressUpdate(ctx: RequestContext, input: AddProgressUpdateInput): Promise<PlanAction> {
    const viewer = viewerOf(ctx);
    if (!isRealDate(input.date))
      throw new ImprovementPlanError(ImprovementPlanErrorCode.PROGRESS_DATE_INVALID, `${input.date} is not a date.`);
    if (input.date > todayIso())
      throw new ImprovementPlanError(ImprovementPlanErrorCode.PROGRESS_DATE_INVALID, 'A progress update cannot be dated in the future.');
    await this.inPlanTransaction(ctx, async (m) => {
      const action = await this.actionOrThrow(m, input.actionId);
      const plan = await this.planRowOrThrow(m, action.planId);
      assertCanReadPlan(viewer, plan);
      assertCanAddProgress(viewer, plan.councilId);
      await m.insert(ProgressUpdate, {
        planId: plan.id,
        actionId: action.id,
        date: input.date,
        text: input.text.trim(),
        status: input.status,
        enteredByRole: viewer.role,
        enteredById: viewer.userId,
        imported: false,
      });
    });
    return this.findAction(ctx, input.actionId);
  }

  /** Shares the plan with consenting partners and/or PAS, or withdraws it; throws PLAN_NOT_FOUND or FORBIDDEN. */
  async setSharing(ctx: RequestContext, input: SetPlanSharingInput): Promise<ImprovementPlan> {
    await this.inPlanTransaction(ctx, async (m) => {
      const plan = await this.editablePlanOrThrow(ctx, m, input.planId);
      await m.update(ImprovementPlan, { id: plan.id }, { sharedWithPartners: input.withPartners, sharedWithPas: input.withPas });
      if (plan.sharedWithPartners === input.withPartners && plan.sharedWithPas === input.withPas) return;
      const yesNo = (shared: boolean) => (shared ? 'shared' : 'not shared');
      await this.audit?.record(
        ctx,
        {
          action: AuditAction.PLAN_SHARING_CHANGED,
          subjectType: 'improvement plan',
          subject: plan.title,
          summary: `Now ${yesNo(input.withPartners)} with collaboration partners and ${yesNo(input.withPas)} with PAS`,
        },
        m,
      );
    });
    return this.findOneOrThrow(ctx, input.planId);
  }

  /** The plan by status on a day, with overdue and due-soon actions; throws PLAN_NOT_FOUND or FORBIDDEN. */
  async statusView(ctx: RequestContext, args: PlanStatusViewArgs): Promise<PlanStatusView> {
    const plan = await this.findOneOrThrow(ctx, args.planId);
    return buildStatusView(plan, args.asOf ?? todayIso(), args.dueSoonDays);
  }

  /** Counts by status at each month end; throws PLAN_NOT_FOUND or FORBIDDEN. */
  async statusSeries(ctx: RequestContext, args: PlanStatusSeriesArgs): Promise<PlanStatusPoint[]> {
    const plan = await this.findOneOrThrow(ctx, args.planId);
    return buildStatusSeries(plan, args.from ?? null, args.to ?? null);
  }

  /**
   * For each breakthrough question, the plan's linked actions beside the council's own answers in
   * its latest submitted assessment (read through the assessment module; none when the viewer may
   * not read the council's agreed ratings). Throws PLAN_NOT_FOUND or FORBIDDEN.
   */
  async breakthroughCoverage(ctx: RequestContext, planId: string): Promise<PlanBreakthroughCoverage> {
    const plan = await this.findOneOrThrow(ctx, planId);
    const framework = await this.frameworks.findOneOrThrow(BREAKTHROUGHS_FRAMEWORK_KEY);
    const [progressDimension, coverageDimension] = framework.dimensions;
    const answers = await this.latestAgreedRatings(ctx, plan.councilId, framework.id);
    const challenges = plan.headings.flatMap((h) => h.challenges);
    const questions = framework.sections.flatMap((section) =>
      section.items.map((item) => {
        const linked = challenges.filter(
          (c) =>
            c.sourceKind === PlanSourceKind.BREAKTHROUGH_QUESTION &&
            c.sourceFrameworkKey === framework.key &&
            c.sourceSubjectKey === item.key,
        );
        const linkedActions = linked.reduce((n, c) => n + c.actions.length, 0);
        const level = (dimensionId: string | undefined) =>
          answers?.ratings.find((r) => r.item.id === item.id && r.dimension.id === dimensionId)?.level ?? null;
        const planCoverageAnswer = level(coverageDimension?.id);
        const saysCovered = planCoverageAnswer !== null && planCoverageAnswer.position > 0;
        return Object.assign(new BreakthroughCoverageRow(), {
          item,
          section,
          linkedActions,
          linkedChallengeIds: linked.map((c) => c.id),
          progress: level(progressDimension?.id),
          planCoverageAnswer,
          disagrees: planCoverageAnswer !== null && saysCovered !== linkedActions > 0,
        });
      }),
    );
    return Object.assign(new PlanBreakthroughCoverage(), {
      assessmentRound: answers?.round ?? null,
      assessmentId: answers?.assessmentId ?? null,
      progressLevels: [...(progressDimension?.levels ?? [])].sort((a, b) => a.position - b.position),
      coverageLevels: [...(coverageDimension?.levels ?? [])].sort((a, b) => a.position - b.position),
      questions,
    });
  }

  /** The agreed ratings of the council's latest submitted assessment of a framework, or null if none or not readable. */
  private async latestAgreedRatings(ctx: RequestContext, councilId: string, frameworkId: string) {
    try {
      const [latest] = (await this.assessments.findAll(ctx, { councilId, frameworkId })).filter(
        (a) => a.status === AssessmentStatus.SUBMITTED,
      );
      if (!latest) return null;
      return { round: latest.round, assessmentId: latest.id, ratings: await this.assessments.agreedRatings(ctx, latest) };
    } catch (error) {
      // A plan may be shared with someone who may not read the council's results: the plan side is still shown.
      if (error instanceof AccessError) return null;
      throw error;
    }
  }

  /**
   * A challenge pre-filled from a weak spot, with the section's top tips as starting actions.
   * Throws FRAMEWORK_NOT_FOUND, PLAN_SOURCE_NOT_FOUND or PLAN_SOURCE_INVALID.
   */
  async suggestion(input: PlanSuggestionInput): Promise<PlanChallengeSuggestion> {
    const link = SOURCE_LINKS[input.kind];
    if (!link)
      throw new ImprovementPlanError(
        ImprovementPlanErrorCode.PLAN_SOURCE_INVALID,
        'Suggestions start from a framework section, statement, question or theme.',
      );
    const framework = await this.frameworks.findOneOrThrow(input.frameworkKey ?? link.frameworkKey);
    const found = findSubject(framework, link.subject, input.subjectKey);
    if (!found) throw sourceNotFound(framework.key, input.subjectKey);
    const source = Object.assign(new PlanSource(), {
      kind: input.kind,
      reference: null,
      frameworkKey: framework.key,
      subjectKey: input.subjectKey,
      label: found.label,
    });
    const title =
      found.itemText !== null
        ? `Improve on: ${found.itemText}`
        : `Strengthen ${found.label.charAt(0).toLowerCase()}${found.label.slice(1)}`;
    return Object.assign(new PlanChallengeSuggestion(), {
      title,
      source,
      suggestedHeadingTitle: `${framework.title}: ${found.sectionTitle}`,
      suggestedActions: found.tips,
    });
  }

  /**
   * Adds a whole spreadsheet's plan in one transaction: headings matched by title (new ones become
   * local themes), challenges, actions and their imported history. Nothing is written if anything
   * fails. Throws PLAN_NOT_FOUND or FORBIDDEN.
   */
  async importTree(ctx: RequestContext, planId: string, tree: PlanTree): Promise<ImprovementPlan> {
    await this.inPlanTransaction(ctx, async (m) => {
      const plan = await this.editablePlanOrThrow(ctx, m, planId);
      await writePlanTree(m, plan.id, tree, { enteredById: viewerOf(ctx).userId, enteredByRole: null, imported: true });
    });
    return this.findOneOrThrow(ctx, planId);
  }

  /**
   * Reads an uploaded plan and says what it would import, row by row, without storing anything;
   * with `commit`, stores it all if there is no problem, or nothing. Only the council's lead may
   * import. Throws PLAN_NOT_FOUND or FORBIDDEN; problems with the file are in the preview.
   */
  async importFile(
    ctx: RequestContext,
    planId: string,
    content: Buffer,
    fileName: string,
    commit: boolean,
  ): Promise<{ preview: PlanImportPreview; imported: boolean }> {
    const headings = await this.inPlanTransaction(ctx, async (m) => {
      await this.editablePlanOrThrow(ctx, m, planId);
      return m.find(PlanHeading, { where: { planId }, order: { position: 'ASC' } });
    });
    const framework = await this.frameworks.findOneOrThrow(PLAN_FRAMEWORK_KEY);
    const known = [
      ...headings.map((h) => ({ title: h.title, sectionKey: h.sectionKey })),
      ...framework.sections
        .filter((s) => !headings.some((h) => h.sectionKey === s.key))
        .map((s) => ({ title: s.title, sectionKey: s.key })),
    ];
    const { preview, tree } = await previewImport(content, fileName, known);
    if (!commit || !preview.ok) return { preview, imported: false };
    await this.importTree(ctx, planId, tree);
    return { preview, imported: true };
  }

  /** The plan with what every exported file says about itself; throws PLAN_NOT_FOUND or FORBIDDEN. */
  async exportContext(ctx: RequestContext, planId: string): Promise<ExportContext> {
    const plan = await this.findOneOrThrow(ctx, planId);
    const [council] = await this.councils.findByIds([plan.councilId]);
    const framework = await this.frameworks.findByIdOrThrow(plan.frameworkId);
    return { plan, council: council!, framework, generatedOn: todayIso() };
  }

  /** The plan's core-element and local headings as import and templates use them. */
  async planFramework(): Promise<Framework> {
    return this.frameworks.findOneOrThrow(PLAN_FRAMEWORK_KEY);
  }

  // Reads

  private async readTree(ctx: RequestContext, m: EntityManager, id: string): Promise<ImprovementPlan> {
    const plan = await this.planRowOrThrow(m, id);
    assertCanReadPlan(viewerOf(ctx), plan);
    // One connection carries the transaction, so the reads go one after another.
    const headings = await m.find(PlanHeading, { where: { planId: id }, order: { position: 'ASC' } });
    const challenges = await m.find(PlanChallenge, { where: { planId: id }, order: { position: 'ASC', createdAt: 'ASC' } });
    const actions = await m.find(PlanAction, { where: { planId: id }, order: { position: 'ASC', createdAt: 'ASC' } });
    const updates = await m.find(ProgressUpdate, { where: { planId: id } });
    for (const action of actions) action.updates = updates.filter((u) => u.actionId === action.id);
    for (const challenge of challenges) challenge.actions = actions.filter((a) => a.challengeId === challenge.id);
    for (const heading of headings) heading.challenges = challenges.filter((c) => c.headingId === heading.id);
    plan.headings = headings;
    return plan;
  }

  private async headingOf(ctx: RequestContext, id: string): Promise<PlanHeading> {
    const heading = await this.inPlanTransaction(ctx, (m) => m.findOne(PlanHeading, { where: { id } }));
    if (!heading) throw notFound(ImprovementPlanErrorCode.PLAN_HEADING_NOT_FOUND, 'heading', id);
    const plan = await this.findOneOrThrow(ctx, heading.planId);
    return plan.headings.find((h) => h.id === id)!;
  }

  private async challengeOf(ctx: RequestContext, id: string): Promise<PlanChallenge> {
    const challenge = await this.inPlanTransaction(ctx, (m) => m.findOne(PlanChallenge, { where: { id } }));
    if (!challenge) throw notFound(ImprovementPlanErrorCode.PLAN_CHALLENGE_NOT_FOUND, 'challenge', id);
    const plan = await this.findOneOrThrow(ctx, challenge.planId);
    return plan.headings.flatMap((h) => h.challenges).find((c) => c.id === id)!;
  }

  /** The plan row; row-level security hides plans the viewer may not read, so those are not found. */
  private async planRowOrThrow(m: EntityManager, id: string): Promise<ImprovementPlan> {
    const plan = await m.findOne(ImprovementPlan, { where: { id } });
    if (!plan) throw notFound(ImprovementPlanErrorCode.PLAN_NOT_FOUND, 'improvement plan', id);
    return plan;
  }

  private async editablePlanOrThrow(ctx: RequestContext, m: EntityManager, id: string): Promise<ImprovementPlan> {
    const plan = await this.planRowOrThrow(m, id);
    const viewer = viewerOf(ctx);
    assertCanReadPlan(viewer, plan);
    assertCanEditPlan(viewer, plan.councilId);
    return plan;
  }

  private async actionOrThrow(m: EntityManager, id: string): Promise<PlanAction> {
    const action = await m.findOne(PlanAction, { where: { id } });
    if (!action) throw notFound(ImprovementPlanErrorCode.PLAN_ACTION_NOT_FOUND, 'action', id);
    return action;
  }

  private actionRow(
    m: EntityManager,
    planId: string,
    challengeId: string,
    position: number,
    input: Pick<PlanActionInput, 'description' | 'lead'>,
    target: ParsedTarget,
  ): PlanAction {
    return m.create(PlanAction, {
      planId,
      challengeId,
      position,
      description: input.description.trim(),
      lead: input.lead.trim(),
      ...targetColumns(target),
    });
  }

  private targetOrThrow(text: string): ParsedTarget {
    const parsed = parseTarget(text);
    if (!parsed.ok) throw new ImprovementPlanError(ImprovementPlanErrorCode.PLAN_TARGET_UNREADABLE, parsed.message);
    return parsed.target;
  }

  /** Checks a framework link exists and records its title; recommendations and local themes need no framework. */
  private async resolveSource(input: PlanSourceInput): Promise<PlanTree['headings'][number]['challenges'][number]['source']> {
    const link = SOURCE_LINKS[input.kind];
    if (!link) {
      return { kind: input.kind, reference: input.reference?.trim() || null, frameworkKey: null, subjectKey: null, label: null };
    }
    if (!input.subjectKey)
      throw new ImprovementPlanError(
        ImprovementPlanErrorCode.PLAN_SOURCE_INVALID,
        `A ${input.kind} link needs the subjectKey it points to.`,
      );
    const framework = await this.frameworks.findOneOrThrow(input.frameworkKey ?? link.frameworkKey);
    const found = findSubject(framework, link.subject, input.subjectKey);
    if (!found) throw sourceNotFound(framework.key, input.subjectKey);
    return {
      kind: input.kind,
      reference: input.reference?.trim() || null,
      frameworkKey: framework.key,
      subjectKey: input.subjectKey,
      label: found.label,
    };
  }
}

// Pure view builders, exported for the exports and the committee report.

const entryOf = (plan: ImprovementPlan) => {
  const entries: PlanActionEntry[] = [];
  for (const heading of plan.headings)
    for (const challenge of heading.challenges)
      for (const action of challenge.actions)
        entries.push(
          Object.assign(new PlanActionEntry(), {
            action,
            headingId: heading.id,
            headingTitle: heading.title,
            challengeId: challenge.id,
            challengeTitle: challenge.title,
          }),
        );
  return entries;
};

/** Every action of a plan with its heading and challenge, in plan order. */
export const actionEntriesOf = entryOf;

/** The plan by status on `asOf`, with overdue (most overdue first) and due soon (soonest first). */
export function buildStatusView(plan: ImprovementPlan, asOf: string, dueSoonDays: number): PlanStatusView {
  const entries = entryOf(plan);
  const statusAt = (a: PlanAction) => latestStatusAt(a, asOf);
  const counts = countsOf(plan, asOf);
  const groups = [RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN, RagStatus.BLUE, null].map((status) =>
    Object.assign(new PlanStatusGroup(), {
      status,
      label: status ? STATUS_LABELS[status] : 'No update yet',
      actions: entries.filter((e) => statusAt(e.action) === status),
    }),
  );
  const state = (e: PlanActionEntry) => ({ dueOn: e.action.targetDueOn, status: statusAt(e.action) });
  const byDue = (a: PlanActionEntry, b: PlanActionEntry) => (a.action.targetDueOn ?? '').localeCompare(b.action.targetDueOn ?? '');
  return Object.assign(new PlanStatusView(), {
    asOf,
    dueSoonDays,
    counts,
    byStatus: groups,
    overdue: entries.filter((e) => isOverdue(state(e), asOf)).sort(byDue),
    dueSoon: entries.filter((e) => isDueSoon(state(e), asOf, dueSoonDays)).sort(byDue),
  });
}

const latestStatusAt = (action: PlanAction, asOf: string): RagStatus | null =>
  [...action.updates]
    .filter((u) => u.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.getTime() - b.createdAt.getTime())
    .at(-1)?.status ?? null;

/** Counts by latest status as at `asOf`. */
export function countsOf(plan: ImprovementPlan, asOf: string): PlanStatusCounts {
  const actions = entryOf(plan).map((e) => e.action);
  const updates: UpdateState[] = actions.flatMap((a) => a.updates);
  return Object.assign(
    new PlanStatusCounts(),
    countByStatus(
      actions.map((a) => ({ id: a.id, createdOn: a.createdAt.toISOString().slice(0, 10) })),
      updates,
      asOf,
    ),
  );
}

/** Counts by status at each month end from `from` (default: the earliest update or creation) to `to` (default: today). */
export function buildStatusSeries(plan: ImprovementPlan, from: string | null, to: string | null): PlanStatusPoint[] {
  const actions = entryOf(plan).map((e) => e.action);
  const dates = [plan.createdAt.toISOString().slice(0, 10), ...actions.flatMap((a) => a.updates.map((u) => u.date))].sort();
  const ends = monthEnds(from ?? dates[0], to ?? todayIso()).slice(-MAX_SERIES_MONTHS);
  return ends.map((date) => Object.assign(new PlanStatusPoint(), { date, ...countsOf(plan, date) }));
}

function findSubject(framework: Framework, subject: 'section' | 'item' | 'theme', key: string) {
  for (const section of framework.sections) {
    if ((subject === 'section' || subject === 'theme') && section.key === key)
      return { label: section.title, sectionTitle: section.title, tips: section.tips, itemText: null };
    const item = subject === 'item' ? section.items.find((i) => i.key === key) : undefined;
    if (item) return { label: item.text, sectionTitle: section.title, tips: section.tips, itemText: item.text };
  }
  const theme = subject === 'theme' || subject === 'section' ? framework.themes.find((t) => t.key === key) : undefined;
  if (theme) return { label: theme.title, sectionTitle: theme.title, tips: [] as string[], itemText: null };
  return null;
}

const sourceColumns = (source: PlanTree['headings'][number]['challenges'][number]['source']) => ({
  sourceKind: source.kind,
  sourceReference: source.reference,
  sourceFrameworkKey: source.frameworkKey,
  sourceSubjectKey: source.subjectKey,
  sourceLabel: source.label,
});

const targetColumns = (target: ParsedTarget) => ({
  targetText: target.text,
  targetKind: target.kind,
  targetStartsOn: target.startsOn,
  targetDueOn: target.dueOn,
});

const isRealDate = (date: string) =>
  !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

const notFound = (code: ImprovementPlanErrorCode, what: string, id: string) => new ImprovementPlanError(code, `No ${what} with id ${id}.`);

const sourceNotFound = (frameworkKey: string, key: string) =>
  new ImprovementPlanError(ImprovementPlanErrorCode.PLAN_SOURCE_NOT_FOUND, `"${key}" is not a section, item or theme of ${frameworkKey}.`);

/** Writes a new plan and its headings; the id of the plan. */
export async function insertPlan(
  m: EntityManager,
  args: {
    councilId: string;
    framework: Framework;
    title: string;
    localThemes: string[];
    createdById: string | null;
    isSynthetic?: boolean;
  },
): Promise<string> {
  const plan = await m.save(
    m.create(ImprovementPlan, {
      councilId: args.councilId,
      frameworkId: args.framework.id,
      title: args.title,
      createdById: args.createdById,
      isSynthetic: args.isSynthetic ?? false,
    }),
  );
  const titles = [...args.framework.sections.map((s) => s.title), ...args.localThemes.map((t) => t.trim())];
  const duplicate = titles.find((t, i) => titles.findIndex((u) => u.toLowerCase() === t.toLowerCase()) !== i);
  if (duplicate) throw new ImprovementPlanError(ImprovementPlanErrorCode.PLAN_HEADING_EXISTS, `The heading "${duplicate}" is given twice.`);
  await m.save(
    titles.map((title, position) => {
      const section = args.framework.sections[position];
      return m.create(PlanHeading, {
        planId: plan.id,
        title,
        position,
        kind: section ? PlanHeadingKind.CORE_ELEMENT : PlanHeadingKind.LOCAL_THEME,
        sectionKey: section?.key ?? null,
      });
    }),
  );
  return plan.id;
}

/** Who a tree's progress updates are recorded as entered by. */
export type TreeAuthor = { enteredById: string | null; enteredByRole: UserRole | null; imported: boolean };

/**
 * Writes a whole plan tree into a plan: headings matched by title or core element (new ones become
 * local themes), then challenges, actions and their history. The caller holds the transaction.
 */
export async function writePlanTree(m: EntityManager, planId: string, tree: PlanTree, author: TreeAuthor): Promise<void> {
  const headings = await m.find(PlanHeading, { where: { planId }, order: { position: 'ASC' } });
  for (const sheetHeading of tree.headings) {
    let heading = headings.find(
      (h) =>
        h.title.toLowerCase() === sheetHeading.title.toLowerCase() ||
        (sheetHeading.sectionKey !== null && h.sectionKey === sheetHeading.sectionKey),
    );
    if (!heading) {
      heading = await m.save(
        m.create(PlanHeading, {
          planId,
          title: sheetHeading.title,
          kind: PlanHeadingKind.LOCAL_THEME,
          sectionKey: null,
          position: headings.length,
        }),
      );
      headings.push(heading);
    }
    let position = await m.count(PlanChallenge, { where: { headingId: heading.id } });
    for (const c of sheetHeading.challenges) {
      const challenge = await m.save(
        m.create(PlanChallenge, {
          planId,
          headingId: heading.id,
          title: c.title,
          outcomes: c.outcomes,
          position: position++,
          ...sourceColumns(c.source),
        }),
      );
      const actions = await m.save(
        c.actions.map((a, i) =>
          m.create(PlanAction, {
            planId,
            challengeId: challenge.id,
            position: i,
            description: a.description,
            lead: a.lead,
            ...targetColumns(a.target),
          }),
        ),
      );
      const updates = c.actions.flatMap((a, i) =>
        a.updates.map((u) => ({ planId, actionId: actions[i].id, date: u.date, text: u.text, status: u.status, ...author })),
      );
      if (updates.length) await m.insert(ProgressUpdate, updates);
    }
  }
}
