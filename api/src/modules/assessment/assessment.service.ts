import { createHash, randomUUID } from 'node:crypto';

import { type DataSource, type EntityManager, In } from 'typeorm';

import { assertCanContribute, assertCanReadAgreedRatings, assertCanReadCouncil, assertIsLeadOf } from '../../common/auth/access-policy';
import { canReadDraftsOf } from '../../common/auth/draft-access';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { inViewerTransaction } from '../../common/database/viewer-transaction';
import { type RequestContext, viewerOf } from '../../common/request-context';
import type { CouncilService } from '../council/index';
import {
  type Framework,
  FrameworkIndex,
  type FrameworkItem,
  type FrameworkSection,
  type FrameworkService,
  type RatingDimension,
} from '../framework/index';

import { AgreedRating } from './agreed-rating.entity';
import { Assessment, AssessmentStatus } from './assessment.entity';
import { AssessmentError, AssessmentErrorCode } from './assessment.errors';
import { AssessmentScore } from './assessment-score.entity';
import { insertRatings } from './bulk-columns';
import { type ComputedScore, type ParticipantRating, type Rating, scoreAssessment, scoringStructureOf } from './assessment-scoring';
import type { CreateAssessmentInput } from './dto/create-assessment.input';
import type { RatingInput } from './dto/rating.input';
import type { RecordAgreedRatingsInput, RecordParticipantResponsesInput } from './dto/record-responses.input';
import type { SubmitCompletedAssessmentInput } from './dto/submit-completed-assessment.input';
import { AgreedRatingView } from './dto/agreed-rating.type';
import { SectionScore, ThemeScore } from './dto/subject-score.type';
import { AssessmentCoverage, ParticipantRoleCount, SectionCoverage } from './dto/assessment-coverage.type';
import type { PlanAssessmentInput } from './dto/plan-assessment.input';
import { Participant, ParticipantRole } from './participant.entity';
import { ParticipantResponse } from './participant-response.entity';
import { SubmissionIdempotency } from './submission-idempotency.entity';
import { openDraftAt, storeScoresAndSubmit } from './submission-writes';

/**
 * What a facilitated session hands over when a statement is agreed or skipped, or when the session
 * ends: each of its participants' final scores on the statement, and the agreed levels. Ids, all
 * checked against the assessment's framework version before anything is written.
 */
export type SessionOutcome = {
  assessmentId: string;
  itemId: string;
  /** `key` is the caller's own name for the participant; the result maps it to the assessment's participant id. */
  responses: { key: string; participantId: string | null; role: ParticipantRole; ratings: { dimensionId: string; levelId: string }[] }[];
  /** null: participants' scores only (no agreement, e.g. a survey). */
  agreed: { ratings: { dimensionId: string; levelId: string }[]; note: string | null; evidence: string[] } | null;
  /** "Not important to us": the statement is skipped and nothing is rated. */
  skipped?: boolean;
};

export type AssessmentFilter = { councilId: string; frameworkId?: string; round?: string; includeSuperseded?: boolean };

/**
 * A council's self-assessments: drafts that collect anonymous participants' responses and the
 * council's agreed ratings, and submissions, which are scored once and never edited again.
 */
export class AssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly councils: CouncilService,
  ) {}

  /**
   * The assessment by id, if the viewer may see it (row-level security hides the rest, so another
   * council's assessment is simply not found); throws ASSESSMENT_NOT_FOUND.
   */
  async findOneOrThrow(ctx: RequestContext, id: string, manager?: EntityManager): Promise<Assessment> {
    const assessment = manager
      ? await manager.findOne(Assessment, { where: { id } })
      : await inViewerTransaction(this.dataSource, ctx, (m) => m.findOne(Assessment, { where: { id } }));
    if (!assessment) throw new AssessmentError(AssessmentErrorCode.ASSESSMENT_NOT_FOUND, `No assessment with id ${id}.`);
    return this.readableOrThrow(ctx, assessment);
  }

  /** The assessment, if the viewer may read it: its council's agreed ratings, and a draft only from inside the council. */
  private readableOrThrow(ctx: RequestContext, assessment: Assessment): Assessment {
    assertCanReadAgreedRatings(viewerOf(ctx), assessment.councilId);
    this.assertDraftStaysInCouncil(ctx, assessment);
    return assessment;
  }

  /**
   * A council's assessments, newest round first; superseded submissions only when asked for, and
   * drafts only for the council itself (only submitted assessments leave the council).
   */
  findAll(ctx: RequestContext, filter: AssessmentFilter): Promise<Assessment[]> {
    assertCanReadAgreedRatings(viewerOf(ctx), filter.councilId);
    const statuses = (
      filter.includeSuperseded ? Object.values(AssessmentStatus) : [AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED]
    ).filter((status) => status !== AssessmentStatus.DRAFT || canReadDraftsOf(viewerOf(ctx), filter.councilId));
    return inViewerTransaction(this.dataSource, ctx, (manager) =>
      manager.find(Assessment, {
        where: {
          councilId: filter.councilId,
          status: In(statuses),
          ...(filter.frameworkId ? { frameworkId: filter.frameworkId } : {}),
          ...(filter.round ? { round: filter.round } : {}),
        },
        order: { round: 'DESC', createdAt: 'DESC' },
      }),
    );
  }

  /**
   * Opens a draft for the council, framework version and round; if the council has already
   * submitted for that round, the draft will supersede that submission when it is submitted.
   * Throws COUNCIL_NOT_FOUND, FRAMEWORK_NOT_FOUND, FRAMEWORK_NOT_RATED or ASSESSMENT_DRAFT_EXISTS.
   */
  async create(ctx: RequestContext, input: CreateAssessmentInput): Promise<Assessment> {
    const council = await this.councils.findByGssCodeOrThrow(ctx, input.councilGssCode);
    assertCanContribute(viewerOf(ctx), council.id);
    const framework = await this.frameworks.findRatedOrThrow(input.frameworkKey, input.frameworkVersion);
    try {
      return await inViewerTransaction(this.dataSource, ctx, (manager) => this.openDraft(manager, input, council.id, framework.id));
    } catch (error) {
      // Two concurrent creates: the partial unique index lets exactly one through.
      throw this.openingConflictOf(error, input);
    }
  }

  /** A new draft for the council, framework and round, superseding its current submission when submitted; one open draft at a time. */
  private async openDraft(
    manager: EntityManager,
    input: CreateAssessmentInput,
    councilId: string,
    frameworkId: string,
  ): Promise<Assessment> {
    const draft = await openDraftAt(manager, { councilId, frameworkId, round: input.round });
    if (!draft) throw this.draftExists(input);
    return draft;
  }

  /**
   * Records one anonymous participant's responses to a draft. Every response is checked before
   * anything is written, so a bad one leaves the assessment unchanged.
   */
  async recordParticipantResponses(ctx: RequestContext, input: RecordParticipantResponsesInput): Promise<Assessment> {
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      const assessment = await this.lockDraftOrThrow(ctx, manager, input.assessmentId);
      assertCanContribute(viewerOf(ctx), assessment.councilId);
      const ratings = this.resolveRatings(await this.frameworks.findByIdOrThrow(assessment.frameworkId), input.responses);
      const participant = await manager.save(manager.create(Participant, { assessmentId: assessment.id, role: input.role }));
      await manager.insert(
        ParticipantResponse,
        ratings.map((r) => ({ ...r, participantId: participant.id })),
      );
      return this.touch(manager, assessment);
    });
  }

  /** Records (or replaces) the council's agreed ratings on a draft, all or nothing. */
  async recordAgreedRatings(ctx: RequestContext, input: RecordAgreedRatingsInput): Promise<Assessment> {
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      const assessment = await this.lockDraftOrThrow(ctx, manager, input.assessmentId);
      assertIsLeadOf(viewerOf(ctx), assessment.councilId);
      const ratings = this.resolveRatings(await this.frameworks.findByIdOrThrow(assessment.frameworkId), input.ratings);
      await manager.upsert(
        AgreedRating,
        ratings.map((r, i) => ({ ...r, assessmentId: assessment.id, note: input.ratings[i].note?.trim() || null })),
        ['assessmentId', 'itemId', 'dimensionId'],
      );
      return this.touch(manager, assessment);
    });
  }

  /**
   * Records a draft's plan (sections included, statements skipped, purpose, chair, note-taker,
   * cadence, timescale); a field left out keeps its value. Leads and members may plan.
   * Throws ASSESSMENT_NOT_EDITABLE, SECTION_NOT_FOUND or ITEM_NOT_FOUND.
   */
  async plan(ctx: RequestContext, input: PlanAssessmentInput): Promise<Assessment> {
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      const assessment = await this.lockDraftOrThrow(ctx, manager, input.assessmentId);
      assertCanContribute(viewerOf(ctx), assessment.councilId);
      const framework = await this.frameworks.findByIdOrThrow(assessment.frameworkId);
      const changes: Partial<Assessment> = {};
      if (input.sectionKeys != null) {
        changes.includedSectionIds =
          input.sectionKeys.length === 0
            ? null
            : input.sectionKeys.map((key) => {
                const section = framework.sections.find((s) => s.key === key);
                if (!section)
                  throw new AssessmentError(
                    AssessmentErrorCode.SECTION_NOT_FOUND,
                    `"${key}" is not a section of ${framework.key} ${framework.version}.`,
                  );
                return section.id;
              });
      }
      if (input.skippedItemKeys != null) {
        const index = new FrameworkIndex(framework);
        changes.skippedItemIds = [...new Set(input.skippedItemKeys)].map((key) => {
          const item = index.items.get(key);
          if (!item)
            throw new AssessmentError(
              AssessmentErrorCode.ITEM_NOT_FOUND,
              `"${key}" is not an item of ${framework.key} ${framework.version}.`,
            );
          return item.id;
        });
      }
      for (const field of ['purpose', 'chair', 'noteTaker', 'actionTimescale'] as const) {
        if (input[field] !== undefined) changes[field] = input[field]?.trim() || null;
      }
      if (input.cadence !== undefined) changes.cadence = input.cadence ?? null;
      await manager.update(Assessment, { id: assessment.id }, { ...changes, updatedAt: new Date() });
      return manager.findOneOrFail(Assessment, { where: { id: assessment.id } });
    });
  }

  /** The ids of the sections a draft includes, in the framework's order (every section when the plan names none). */
  includedSectionIds(assessment: Assessment, framework: Framework): string[] {
    return framework.sections
      .filter((s) => !assessment.includedSectionIds || assessment.includedSectionIds.includes(s.id))
      .map((s) => s.id);
  }

  /** The sections a plan includes (every section when it names none), in the framework's order. */
  async includedSections(assessment: Assessment): Promise<FrameworkSection[]> {
    const framework = await this.frameworks.findByIdOrThrow(assessment.frameworkId);
    const included = this.includedSectionIds(assessment, framework);
    return framework.sections.filter((s) => included.includes(s.id));
  }

  /** Keys of the statements skipped as not important to the council, in the framework's order. */
  async skippedItemKeys(assessment: Assessment): Promise<string[]> {
    const framework = await this.frameworks.findByIdOrThrow(assessment.frameworkId);
    return framework.sections
      .flatMap((s) => s.items)
      .filter((i) => assessment.skippedItemIds.includes(i.id))
      .map((i) => i.key);
  }

  /**
   * Coverage for the lead's review before submitting: per section, statements agreed, scored by
   * participants only, unscored and skipped. Skipped statements and sections left out of the plan
   * are not counted in `total` (they are not missing, they were chosen out); the stored scores are
   * the existing scoring's, where they are simply unanswered.
   */
  async coverage(ctx: RequestContext, assessment: Assessment): Promise<AssessmentCoverage> {
    assertCanReadCouncil(viewerOf(ctx), assessment.councilId);
    this.assertDraftStaysInCouncil(ctx, assessment);
    const framework = await this.frameworks.findByIdOrThrow(assessment.frameworkId);
    const { agreed, responses } = await inViewerTransaction(this.dataSource, ctx, (manager) => this.readRatings(manager, assessment.id));
    const dimensionCount = framework.dimensions.length;
    const agreedCells = new Map<string, number>();
    for (const r of agreed) agreedCells.set(r.itemId, (agreedCells.get(r.itemId) ?? 0) + 1);
    const responded = new Set(responses.map((r) => r.itemId));
    const skipped = new Set(assessment.skippedItemIds ?? []);
    const included = new Set(this.includedSectionIds(assessment, framework));
    const sections = framework.sections.map((section) => {
      const isIncluded = included.has(section.id);
      const items = isIncluded ? section.items : [];
      const toRate = items.filter((i) => !skipped.has(i.id));
      const agreedCount = toRate.filter((i) => (agreedCells.get(i.id) ?? 0) >= dimensionCount).length;
      const scoredOnly = toRate.filter((i) => (agreedCells.get(i.id) ?? 0) < dimensionCount && responded.has(i.id)).length;
      return Object.assign(new SectionCoverage(), {
        section,
        included: isIncluded,
        total: toRate.length,
        agreed: agreedCount,
        scoredOnly,
        unscored: toRate.length - agreedCount - scoredOnly,
        skipped: items.length - toRate.length,
      });
    });
    const sum = (pick: (s: SectionCoverage) => number) => sections.reduce((n, s) => n + pick(s), 0);
    return Object.assign(new AssessmentCoverage(), {
      sections,
      total: sum((s) => s.total),
      agreed: sum((s) => s.agreed),
      scoredOnly: sum((s) => s.scoredOnly),
      unscored: sum((s) => s.unscored),
      skipped: sum((s) => s.skipped),
      sectionsDone: sections.filter((s) => s.done).length,
    });
  }

  /** Anonymous participants by role, every role listed. */
  async participantsByRole(ctx: RequestContext, assessment: Assessment): Promise<ParticipantRoleCount[]> {
    assertCanReadCouncil(viewerOf(ctx), assessment.councilId);
    this.assertDraftStaysInCouncil(ctx, assessment);
    const rows: { role: ParticipantRole; count: string }[] = await inViewerTransaction(this.dataSource, ctx, (manager) =>
      manager.query(`SELECT role, count(*) AS count FROM participant WHERE assessment_id = $1 GROUP BY role`, [assessment.id]),
    );
    return Object.values(ParticipantRole).map((role) =>
      Object.assign(new ParticipantRoleCount(), { role, count: Number(rows.find((r) => r.role === role)?.count ?? 0) }),
    );
  }

  /**
   * Takes what a facilitated session agreed (or skipped, or only scored) for one statement, inside
   * the session's transaction (`manager`, the lead's): creates the assessment's participants that
   * do not exist yet, replaces their responses to the statement, and records or clears the agreed
   * levels. Returns the assessment's participant id for each response's key. Only the lead may
   * hand over. Throws ASSESSMENT_NOT_EDITABLE, ITEM_NOT_FOUND, DIMENSION_NOT_FOUND or LEVEL_NOT_FOUND.
   */
  async recordSessionOutcome(ctx: RequestContext, manager: EntityManager, outcome: SessionOutcome): Promise<Map<string, string>> {
    const assessment = await this.lockDraftOrThrow(ctx, manager, outcome.assessmentId);
    assertIsLeadOf(viewerOf(ctx), assessment.councilId);
    const framework = await this.frameworks.findByIdOrThrow(assessment.frameworkId);
    const index = new FrameworkIndex(framework);
    if (![...index.items.values()].some((i) => i.id === outcome.itemId))
      throw new AssessmentError(
        AssessmentErrorCode.ITEM_NOT_FOUND,
        `Item ${outcome.itemId} is not part of ${framework.key} ${framework.version}.`,
      );
    const checkRating = (r: { dimensionId: string; levelId: string }) => {
      const dimension = framework.dimensions.find((d) => d.id === r.dimensionId);
      if (!dimension)
        throw new AssessmentError(AssessmentErrorCode.DIMENSION_NOT_FOUND, `Dimension ${r.dimensionId} is not part of ${framework.key}.`);
      if (!dimension.levels.some((l) => l.id === r.levelId))
        throw new AssessmentError(AssessmentErrorCode.LEVEL_NOT_FOUND, `Level ${r.levelId} is not on the ${dimension.key} scale.`);
    };
    outcome.responses.forEach((p) => p.ratings.forEach(checkRating));
    outcome.agreed?.ratings.forEach(checkRating);

    const ids = new Map<string, string>();
    for (const response of outcome.responses) {
      let id = response.participantId;
      if (!id || !(await manager.exists(Participant, { where: { id, assessmentId: assessment.id } }))) {
        id = (await manager.save(manager.create(Participant, { assessmentId: assessment.id, role: response.role }))).id;
      }
      ids.set(response.key, id);
      await manager.delete(ParticipantResponse, { participantId: id, itemId: outcome.itemId });
      if (response.ratings.length > 0 && !outcome.skipped) {
        await manager.insert(
          ParticipantResponse,
          response.ratings.map((r) => ({ participantId: id!, itemId: outcome.itemId, dimensionId: r.dimensionId, levelId: r.levelId })),
        );
      }
    }
    if (outcome.skipped || outcome.agreed) await manager.delete(AgreedRating, { assessmentId: assessment.id, itemId: outcome.itemId });
    if (outcome.agreed) {
      await manager.insert(
        AgreedRating,
        outcome.agreed.ratings.map((r) => ({
          assessmentId: assessment.id,
          itemId: outcome.itemId,
          dimensionId: r.dimensionId,
          levelId: r.levelId,
          note: outcome.agreed!.note?.trim() || null,
          evidence: outcome.agreed!.evidence.map((e) => e.trim()).filter(Boolean),
        })),
      );
    }
    const skipped = new Set(assessment.skippedItemIds ?? []);
    if (outcome.skipped) skipped.add(outcome.itemId);
    else if (outcome.agreed) skipped.delete(outcome.itemId);
    await manager.update(Assessment, { id: assessment.id }, { skippedItemIds: [...skipped], updatedAt: new Date() });
    return ids;
  }

  /** Which statements of a draft are already agreed (on any dimension) or skipped, inside the caller's transaction: a later session of a series shows them. */
  async statementStatus(
    ctx: RequestContext,
    manager: EntityManager,
    assessmentId: string,
  ): Promise<{ agreedItemIds: Set<string>; skippedItemIds: Set<string> }> {
    const assessment = await this.findOneOrThrow(ctx, assessmentId, manager);
    assertCanReadCouncil(viewerOf(ctx), assessment.councilId);
    const agreed = await manager.find(AgreedRating, { select: { itemId: true }, where: { assessmentId } });
    return { agreedItemIds: new Set(agreed.map((r) => r.itemId)), skippedItemIds: new Set(assessment.skippedItemIds ?? []) };
  }

  /** The agreed note and evidence of one statement, inside the caller's (the lead's) transaction; empty when none is agreed. */
  async agreedNoteOf(
    ctx: RequestContext,
    manager: EntityManager,
    assessmentId: string,
    itemId: string,
  ): Promise<{ note: string | null; evidence: string[] }> {
    const assessment = await this.findOneOrThrow(ctx, assessmentId, manager);
    assertCanReadCouncil(viewerOf(ctx), assessment.councilId);
    const row = await manager.findOne(AgreedRating, { where: { assessmentId, itemId }, order: { dimensionId: 'ASC' } });
    return { note: row?.note ?? null, evidence: row?.evidence ?? [] };
  }

  /**
   * Submits a draft: scores it once and stores the scores, and marks the submission it replaces
   * as superseded. With an idempotency key, a retry returns the first result instead of failing.
   * Throws ASSESSMENT_ALREADY_SUBMITTED, ASSESSMENT_EMPTY or IDEMPOTENCY_KEY_REUSED.
   */
  async submit(ctx: RequestContext, id: string, idempotencyKey?: string | null): Promise<Assessment> {
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      if (idempotencyKey) {
        // The key's row is scoped to the assessment's council by row-level security, like the submission.
        assertIsLeadOf(viewerOf(ctx), (await this.findOneOrThrow(ctx, id, manager)).councilId);
        const earlier = await this.claimIdempotencyKey(manager, idempotencyKey, id);
        if (earlier) return this.findOneOrThrow(ctx, earlier, manager);
      }
      const assessment = await this.lockOrThrow(ctx, manager, id);
      assertIsLeadOf(viewerOf(ctx), assessment.councilId);
      if (!assessment.isEditable) {
        throw new AssessmentError(
          AssessmentErrorCode.ASSESSMENT_ALREADY_SUBMITTED,
          'This assessment has already been submitted. To revise it, start a new assessment for the same round.',
        );
      }
      const framework = await this.frameworks.findByIdOrThrow(assessment.frameworkId);
      const { agreed, responses } = await this.readRatings(manager, assessment.id);
      return this.scoreAndSubmit(ctx, manager, assessment, framework, agreed, responses);
    });
  }

  /**
   * Submits a completed assessment in one step: opens the draft, records every participant's
   * responses and the agreed ratings, scores and submits it, all in one transaction. Everything is
   * checked before anything is written, and a failure leaves nothing behind. With an idempotency
   * key, a retry returns the first submission instead of submitting again.
   */
  async submitCompleted(ctx: RequestContext, input: SubmitCompletedAssessmentInput): Promise<Assessment> {
    const council = await this.councils.findByGssCodeOrThrow(ctx, input.councilGssCode);
    assertIsLeadOf(viewerOf(ctx), council.id);
    const framework = await this.frameworks.findRatedOrThrow(input.frameworkKey, input.frameworkVersion);
    // One index of the framework for every participant's responses, not one each.
    const index = new FrameworkIndex(framework);
    const agreed = this.resolveRatings(framework, input.agreedRatings, 'agreedRatings', index);
    const participants = input.participants.map((p, i) => ({
      id: randomUUID(),
      role: p.role,
      ratings: this.resolveRatings(framework, p.responses, `participants[${i}].responses`, index),
    }));
    const responses: ParticipantRating[] = participants.flatMap((p) => p.ratings.map((r) => ({ ...r, participantId: p.id })));
    // Only a keyed submission is compared with an earlier one, so only then is its whole content serialised and hashed.
    const requestHash = input.idempotencyKey
      ? createHash('sha256')
          .update(
            JSON.stringify({
              operation: 'submitCompletedAssessment',
              councilId: council.id,
              frameworkId: framework.id,
              input: { ...input, idempotencyKey: null },
            }),
          )
          .digest('hex')
      : null;

    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      if (input.idempotencyKey) {
        // Retries with one key wait for each other here, so exactly one of them submits.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`submission:${input.idempotencyKey}`]);
        const earlier = await manager.findOneBy(SubmissionIdempotency, { key: input.idempotencyKey });
        if (earlier) {
          if (earlier.requestHash !== requestHash) throw this.idempotencyKeyReused();
          return this.findOneOrThrow(ctx, earlier.assessmentId, manager);
        }
      }
      const draft = await this.openDraft(manager, input, council.id, framework.id);
      if (input.idempotencyKey)
        await manager.insert(SubmissionIdempotency, { key: input.idempotencyKey, requestHash: requestHash!, assessmentId: draft.id });
      await insertRatings(manager, draft.id, {
        participants,
        responses,
        agreed: agreed.map((r, i) => ({ ...r, note: input.agreedRatings[i].note?.trim() || null })),
      });
      return this.scoreAndSubmit(ctx, manager, draft, framework, agreed, responses);
    }).catch((error: unknown) => {
      throw this.openingConflictOf(error, input);
    });
  }

  /** Scores a locked draft once and, in one statement, stores the scores, supersedes the submission it replaces and marks it submitted. */
  private async scoreAndSubmit(
    ctx: RequestContext,
    manager: EntityManager,
    assessment: Assessment,
    framework: Framework,
    agreed: Rating[],
    responses: ParticipantRating[],
  ): Promise<Assessment> {
    if (agreed.length === 0 && responses.length === 0) {
      throw new AssessmentError(
        AssessmentErrorCode.ASSESSMENT_EMPTY,
        'Nothing has been rated yet: record responses or agreed ratings before submitting.',
      );
    }
    const scores = scoreAssessment(scoringStructureOf(framework), agreed, responses);
    // The row as the update stored it is the result: no read of it again.
    const submitted = await storeScoresAndSubmit(manager, assessment, scores, new Date());
    return submitted ? this.readableOrThrow(ctx, submitted) : this.findOneOrThrow(ctx, assessment.id, manager);
  }

  /** Section scores: stored ones for a submission, computed live for a draft. */
  async sectionScores(ctx: RequestContext, assessment: Assessment): Promise<SectionScore[]> {
    const framework = await this.frameworks.findByIdOrThrow(assessment.frameworkId);
    const scores = await this.scoresOf(ctx, assessment, framework);
    const dimensions = new Map(framework.dimensions.map((d) => [d.id, d]));
    return framework.dimensions.flatMap((dimension) =>
      framework.sections.map((section) => {
        const s = scores.find((x) => x.scope === 'section' && x.subjectId === section.id && x.dimensionId === dimension.id);
        return Object.assign(new SectionScore(), {
          section,
          dimension: dimensions.get(dimension.id)!,
          score: s?.score ?? null,
          answered: s?.answered ?? 0,
          total: s?.total ?? section.items.length,
          spread: s?.spread ?? null,
        });
      }),
    );
  }

  /** Theme scores, as sectionScores. */
  async themeScores(ctx: RequestContext, assessment: Assessment): Promise<ThemeScore[]> {
    const framework = await this.frameworks.findByIdOrThrow(assessment.frameworkId);
    const scores = await this.scoresOf(ctx, assessment, framework);
    return framework.dimensions.flatMap((dimension) =>
      framework.themes.map((theme) => {
        const s = scores.find((x) => x.scope === 'theme' && x.subjectId === theme.id && x.dimensionId === dimension.id);
        return Object.assign(new ThemeScore(), {
          theme,
          dimension,
          score: s?.score ?? null,
          answered: s?.answered ?? 0,
          total: s?.total ?? 0,
          spread: s?.spread ?? null,
        });
      }),
    );
  }

  /**
   * The agreed ratings, for the council's own users and consenting collaboration partners; notes
   * only for the council's own users.
   */
  async agreedRatings(ctx: RequestContext, assessment: Assessment): Promise<AgreedRatingView[]> {
    const viewer = viewerOf(ctx);
    assertCanReadAgreedRatings(viewer, assessment.councilId);
    this.assertDraftStaysInCouncil(ctx, assessment);
    const framework = await this.frameworks.findByIdOrThrow(assessment.frameworkId);
    const index = new FrameworkIndex(framework);
    const items = new Map([...index.items.values()].map((i) => [i.id, i]));
    const dimensions = new Map(framework.dimensions.map((d) => [d.id, d]));
    const ownCouncil = viewer.councilId === assessment.councilId;
    const rows = await inViewerTransaction(this.dataSource, ctx, (manager) =>
      manager.find(AgreedRating, { where: { assessmentId: assessment.id } }),
    );
    const order = [...items.keys()];
    return rows
      .sort((a, b) => order.indexOf(a.itemId) - order.indexOf(b.itemId) || a.dimensionId.localeCompare(b.dimensionId))
      .map((row) => {
        const dimension = dimensions.get(row.dimensionId)!;
        return Object.assign(new AgreedRatingView(), {
          item: items.get(row.itemId)!,
          dimension,
          level: dimension.levels.find((l) => l.id === row.levelId)!,
          note: ownCouncil ? row.note : null,
          evidence: ownCouncil ? row.evidence : null,
        });
      });
  }

  /** How many anonymous participants have responded. */
  participantCount(ctx: RequestContext, assessment: Assessment): Promise<number> {
    assertCanReadCouncil(viewerOf(ctx), assessment.councilId);
    this.assertDraftStaysInCouncil(ctx, assessment);
    return inViewerTransaction(this.dataSource, ctx, (manager) => manager.count(Participant, { where: { assessmentId: assessment.id } }));
  }

  /** Scores need the council's full results: collaboration partners see agreed ratings only. */
  private async scoresOf(ctx: RequestContext, assessment: Assessment, framework: Framework): Promise<ComputedScore[]> {
    assertCanReadCouncil(viewerOf(ctx), assessment.councilId);
    this.assertDraftStaysInCouncil(ctx, assessment);
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      if (assessment.status !== AssessmentStatus.DRAFT) return manager.find(AssessmentScore, { where: { assessmentId: assessment.id } });
      const { agreed, responses } = await this.readRatings(manager, assessment.id);
      return scoreAssessment(scoringStructureOf(framework), agreed, responses);
    });
  }

  /**
   * Only submitted assessments leave the council: to anyone else a draft is as if it did not exist
   * (row-level security hides it too), so a partner or PAS cannot even learn that one is open.
   */
  private assertDraftStaysInCouncil(ctx: RequestContext, assessment: Assessment): void {
    if (assessment.status === AssessmentStatus.DRAFT && !canReadDraftsOf(viewerOf(ctx), assessment.councilId))
      throw new AssessmentError(AssessmentErrorCode.ASSESSMENT_NOT_FOUND, `No assessment with id ${assessment.id}.`);
  }

  private async readRatings(manager: EntityManager, assessmentId: string): Promise<{ agreed: Rating[]; responses: ParticipantRating[] }> {
    const agreed = await manager.find(AgreedRating, {
      select: { itemId: true, dimensionId: true, levelId: true },
      where: { assessmentId },
    });
    const responses: ParticipantRating[] = await manager
      .createQueryBuilder(ParticipantResponse, 'r')
      .innerJoin('r.participant', 'p')
      .select(['r.participantId AS "participantId"', 'r.itemId AS "itemId"', 'r.dimensionId AS "dimensionId"', 'r.levelId AS "levelId"'])
      .where('p.assessmentId = :assessmentId', { assessmentId })
      .getRawMany();
    return { agreed, responses };
  }

  /** Turns key-based ratings into ids, refusing unknown items, dimensions and levels and repeated items. */
  private resolveRatings(framework: Framework, inputs: RatingInput[], path = 'ratings', index = new FrameworkIndex(framework)): Rating[] {
    // Items already rated, per dimension: object keys, so a large submission builds no key strings.
    const seen = new Map<RatingDimension, Set<FrameworkItem>>();
    return inputs.map((input, i) => {
      const where = () => `${path}[${i}]`;
      const item = index.items.get(input.itemKey);
      if (!item)
        throw new AssessmentError(
          AssessmentErrorCode.ITEM_NOT_FOUND,
          `${where()}: "${input.itemKey}" is not an item of ${framework.key} ${framework.version}.`,
        );
      const dimension = input.dimensionKey ? index.dimensions.get(input.dimensionKey) : index.onlyDimension;
      if (!dimension) {
        throw input.dimensionKey
          ? new AssessmentError(
              AssessmentErrorCode.DIMENSION_NOT_FOUND,
              `${where()}: "${input.dimensionKey}" is not a dimension of ${framework.key}; expected one of ${[...index.dimensions.keys()].join(', ')}.`,
            )
          : new AssessmentError(
              AssessmentErrorCode.DIMENSION_REQUIRED,
              `${where()}: ${framework.key} has several dimensions (${[...index.dimensions.keys()].join(', ')}); say which with dimensionKey.`,
            );
      }
      const level = index.level(dimension, input.levelKey);
      if (!level) {
        const elsewhere = framework.dimensions.some((d) => d.levels.some((l) => l.key === input.levelKey));
        throw new AssessmentError(
          elsewhere ? AssessmentErrorCode.LEVEL_NOT_IN_SCALE : AssessmentErrorCode.LEVEL_NOT_FOUND,
          `${where()}: "${input.levelKey}" is not on the ${dimension.key} scale (${dimension.levels.map((l) => l.key).join(', ')}).`,
        );
      }
      let rated = seen.get(dimension);
      if (!rated) seen.set(dimension, (rated = new Set()));
      if (rated.has(item))
        throw new AssessmentError(
          AssessmentErrorCode.DUPLICATE_RATING,
          `${where()}: "${input.itemKey}" on ${dimension.key} is rated more than once.`,
        );
      rated.add(item);
      return { itemId: item.id, dimensionId: dimension.id, levelId: level.id };
    });
  }

  /**
   * Records the key inside the submission's transaction, or returns the assessment an earlier
   * request with the same key submitted. A concurrent request with the same key waits on the
   * key's unique index until the first commits (then sees it) or rolls back (then claims it).
   */
  private async claimIdempotencyKey(manager: EntityManager, key: string, assessmentId: string): Promise<string | null> {
    const requestHash = createHash('sha256')
      .update(JSON.stringify({ operation: 'submitAssessment', assessmentId }))
      .digest('hex');
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(SubmissionIdempotency)
      .values({ key, requestHash, assessmentId })
      .orIgnore()
      .returning(['key'])
      .execute();
    if (inserted.raw.length > 0) return null;
    // Another council's key is invisible under row-level security: the same refusal, revealing nothing.
    const earlier = await manager.findOneBy(SubmissionIdempotency, { key });
    if (earlier?.requestHash !== requestHash) throw this.idempotencyKeyReused();
    return earlier.assessmentId;
  }

  private idempotencyKeyReused(): AssessmentError {
    return new AssessmentError(
      AssessmentErrorCode.IDEMPOTENCY_KEY_REUSED,
      'This idempotency key was already used for a different request. Use a new key for each distinct submission.',
    );
  }

  private async lockOrThrow(ctx: RequestContext, manager: EntityManager, id: string): Promise<Assessment> {
    // Row lock: a concurrent submit and edit of one draft are serialised, so neither is lost.
    const assessment = await manager.findOne(Assessment, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return assessment ?? this.findOneOrThrow(ctx, id, manager);
  }

  private async lockDraftOrThrow(ctx: RequestContext, manager: EntityManager, id: string): Promise<Assessment> {
    const assessment = await this.lockOrThrow(ctx, manager, id);
    if (!assessment.isEditable) {
      throw new AssessmentError(
        AssessmentErrorCode.ASSESSMENT_NOT_EDITABLE,
        `This assessment is ${assessment.status} and can no longer be changed. Start a new assessment for the round to revise it.`,
      );
    }
    return assessment;
  }

  private async touch(manager: EntityManager, assessment: Assessment): Promise<Assessment> {
    await manager.update(Assessment, { id: assessment.id }, { updatedAt: new Date() });
    return manager.findOneOrFail(Assessment, { where: { id: assessment.id } });
  }

  /** What a racing draft or idempotency key's unique violation means to the caller; any other error as it came. */
  private openingConflictOf(error: unknown, input: CreateAssessmentInput): unknown {
    if (isUniqueViolation(error, 'uq_assessment_open_draft')) return this.draftExists(input);
    if (isUniqueViolation(error, 'pk_submission_idempotency')) return this.idempotencyKeyReused();
    return error;
  }

  private draftExists(input: CreateAssessmentInput): AssessmentError {
    return new AssessmentError(
      AssessmentErrorCode.ASSESSMENT_DRAFT_EXISTS,
      `${input.councilGssCode} already has a draft ${input.frameworkKey} assessment for ${input.round}; continue that one.`,
    );
  }
}
