import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';

import type { GraphQLContext } from '../../graphql/context';
import { Council } from '../council/council.entity';
import type { CouncilService } from '../council/council.service';
import { Framework } from '../framework/framework.entity';
import type { FrameworkService } from '../framework/framework.service';

import { Assessment } from './assessment.entity';
import type { AssessmentService } from './assessment.service';
import { AssessmentArgs, AssessmentsArgs, SubmitAssessmentArgs } from './dto/assessments.args';
import { CreateAssessmentInput } from './dto/create-assessment.input';
import { RecordAgreedRatingsInput, RecordParticipantResponsesInput } from './dto/record-responses.input';
import { SubmitCompletedAssessmentInput } from './dto/submit-completed-assessment.input';
import { AgreedRatingView } from './dto/agreed-rating.type';
import { AssessmentCoverage, ParticipantRoleCount } from './dto/assessment-coverage.type';
import { PlanAssessmentInput } from './dto/plan-assessment.input';
import { FrameworkSection } from '../framework/framework-section.entity';
import { SectionScore, ThemeScore } from './dto/subject-score.type';

@Resolver(() => Assessment)
export class AssessmentResolver {
  constructor(
    private readonly assessmentService: AssessmentService,
    private readonly councilService: CouncilService,
    private readonly frameworkService: FrameworkService,
  ) {}

  @Authorized()
  @Query(() => Assessment, {
    description: "An assessment the viewer may see: their own council's, or (agreed ratings only) a consenting collaboration partner's.",
  })
  assessment(@Ctx() { request }: GraphQLContext, @Args(() => AssessmentArgs) { id }: AssessmentArgs): Promise<Assessment> {
    return this.assessmentService.findOneOrThrow(request, id);
  }

  @Authorized()
  @Query(() => [Assessment], { description: "A council's assessments, newest round first." })
  async assessments(@Ctx() { request }: GraphQLContext, @Args(() => AssessmentsArgs) args: AssessmentsArgs): Promise<Assessment[]> {
    const council = await this.councilService.findByGssCodeOrThrow(request, args.councilGssCode);
    const framework = args.frameworkKey ? await this.frameworkService.findOneOrThrow(args.frameworkKey) : undefined;
    return this.assessmentService.findAll(request, {
      councilId: council.id,
      frameworkId: framework?.id,
      round: args.round ?? undefined,
      includeSuperseded: args.includeSuperseded,
    });
  }

  @Authorized(UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER, UserRole.ADMINISTRATOR)
  @Mutation(() => Assessment, { description: 'Start a draft assessment for your council.' })
  createAssessment(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => CreateAssessmentInput) input: CreateAssessmentInput,
  ): Promise<Assessment> {
    return this.assessmentService.create(request, input);
  }

  @Authorized(UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER, UserRole.ADMINISTRATOR)
  @Mutation(() => Assessment, { description: "Record one anonymous participant's responses to a draft." })
  recordParticipantResponses(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => RecordParticipantResponsesInput) input: RecordParticipantResponsesInput,
  ): Promise<Assessment> {
    return this.assessmentService.recordParticipantResponses(request, input);
  }

  @Authorized(UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER, UserRole.ADMINISTRATOR)
  @Mutation(() => Assessment, {
    description:
      'Plan a draft: sections included, statements skipped, purpose, chair, note-taker, cadence and timescale. The lead or a member.',
  })
  planAssessment(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => PlanAssessmentInput) input: PlanAssessmentInput,
  ): Promise<Assessment> {
    return this.assessmentService.plan(request, input);
  }

  @Authorized(UserRole.COUNCIL_LEAD, UserRole.ADMINISTRATOR)
  @Mutation(() => Assessment, { description: "Record the council's agreed ratings on a draft." })
  recordAgreedRatings(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => RecordAgreedRatingsInput) input: RecordAgreedRatingsInput,
  ): Promise<Assessment> {
    return this.assessmentService.recordAgreedRatings(request, input);
  }

  @Authorized(UserRole.COUNCIL_LEAD, UserRole.ADMINISTRATOR)
  @Mutation(() => Assessment, { description: 'Submit a draft: it is scored and can no longer be edited.' })
  submitAssessment(
    @Ctx() { request }: GraphQLContext,
    @Args(() => SubmitAssessmentArgs) { assessmentId, idempotencyKey }: SubmitAssessmentArgs,
  ): Promise<Assessment> {
    return this.assessmentService.submit(request, assessmentId, idempotencyKey);
  }

  @Authorized(UserRole.COUNCIL_LEAD, UserRole.ADMINISTRATOR)
  @Mutation(() => Assessment, {
    description:
      'Submit a completed assessment in one step: participants’ responses and agreed ratings are recorded, scored and submitted together, or nothing is.',
  })
  submitCompletedAssessment(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => SubmitCompletedAssessmentInput) input: SubmitCompletedAssessmentInput,
  ): Promise<Assessment> {
    return this.assessmentService.submitCompleted(request, input);
  }

  @FieldResolver(() => Council)
  async council(@Root() assessment: Assessment, @Ctx() { loaders }: GraphQLContext): Promise<Council> {
    return (await loaders.council.load(assessment.councilId))!;
  }

  @FieldResolver(() => Framework)
  framework(@Root() assessment: Assessment): Promise<Framework> {
    return this.frameworkService.findByIdOrThrow(assessment.frameworkId);
  }

  @FieldResolver(() => [SectionScore], { description: 'Per section and dimension: score (0–100), coverage and spread.' })
  sectionScores(@Root() assessment: Assessment, @Ctx() { request }: GraphQLContext): Promise<SectionScore[]> {
    return this.assessmentService.sectionScores(request, assessment);
  }

  @FieldResolver(() => [ThemeScore], { description: 'Per cross-cutting theme and dimension.' })
  themeScores(@Root() assessment: Assessment, @Ctx() { request }: GraphQLContext): Promise<ThemeScore[]> {
    return this.assessmentService.themeScores(request, assessment);
  }

  @FieldResolver(() => [AgreedRatingView], {
    description: "The council's agreed ratings: for its own users and consenting collaboration partners (without notes).",
  })
  agreedRatings(@Root() assessment: Assessment, @Ctx() { request }: GraphQLContext): Promise<AgreedRatingView[]> {
    return this.assessmentService.agreedRatings(request, assessment);
  }

  @FieldResolver(() => [FrameworkSection], { description: 'The sections the plan includes (all when it names none), in order.' })
  includedSections(@Root() assessment: Assessment): Promise<FrameworkSection[]> {
    return this.assessmentService.includedSections(assessment);
  }

  @FieldResolver(() => [String], { description: 'Keys of the statements skipped as not important to the council.' })
  async skippedItemKeys(@Root() assessment: Assessment): Promise<string[]> {
    const framework = await this.frameworkService.findByIdOrThrow(assessment.frameworkId);
    return framework.sections
      .flatMap((s) => s.items)
      .filter((i) => assessment.skippedItemIds.includes(i.id))
      .map((i) => i.key);
  }

  @FieldResolver(() => AssessmentCoverage, {
    description: 'Statements agreed, scored only, unscored and skipped, per section: the review before submitting.',
  })
  coverage(@Root() assessment: Assessment, @Ctx() { request }: GraphQLContext): Promise<AssessmentCoverage> {
    return this.assessmentService.coverage(request, assessment);
  }

  @FieldResolver(() => [ParticipantRoleCount], { description: 'Anonymous participants by role.' })
  participantsByRole(@Root() assessment: Assessment, @Ctx() { request }: GraphQLContext): Promise<ParticipantRoleCount[]> {
    return this.assessmentService.participantsByRole(request, assessment);
  }

  @FieldResolver(() => Int, { description: 'Anonymous participants who have responded.' })
  participantCount(@Root() assessment: Assessment, @Ctx() { request }: GraphQLContext): Promise<number> {
    return this.assessmentService.participantCount(request, assessment);
  }
}
