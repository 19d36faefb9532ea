import { Args, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import { AuthorizedMutation, AuthorizedQuery, InputArg, RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';
import { Council } from '../council/index';
import type { CouncilService } from '../council/index';
import { Framework, FrameworkSection } from '../framework/index';
import type { FrameworkService } from '../framework/index';

import { Assessment } from './assessment.entity';
import type { AssessmentService } from './assessment.service';
import { AssessmentArgs, AssessmentsArgs, SubmitAssessmentArgs } from './dto/assessments.args';
import { CreateAssessmentInput } from './dto/create-assessment.input';
import { RecordAgreedRatingsInput, RecordParticipantResponsesInput } from './dto/record-responses.input';
import { SubmitCompletedAssessmentInput } from './dto/submit-completed-assessment.input';
import { AgreedRatingView } from './dto/agreed-rating.type';
import { AssessmentCoverage, ParticipantRoleCount } from './dto/assessment-coverage.type';
import { PlanAssessmentInput } from './dto/plan-assessment.input';
import { SectionScore, ThemeScore } from './dto/subject-score.type';

@Resolver(() => Assessment)
export class AssessmentResolver {
  constructor(
    private readonly assessmentService: AssessmentService,
    private readonly councilService: CouncilService,
    private readonly frameworkService: FrameworkService,
  ) {}

  @AuthorizedQuery(
    () => Assessment,
    "An assessment the viewer may see: their own council's, or (agreed ratings only) a consenting collaboration partner's.",
  )
  assessment(@RequestCtx() request: RequestContext, @Args(() => AssessmentArgs) { id }: AssessmentArgs): Promise<Assessment> {
    return this.assessmentService.findOneOrThrow(request, id);
  }

  @AuthorizedQuery(() => [Assessment], "A council's assessments, newest round first.")
  async assessments(@RequestCtx() request: RequestContext, @Args(() => AssessmentsArgs) args: AssessmentsArgs): Promise<Assessment[]> {
    const council = await this.councilService.findByGssCodeOrThrow(request, args.councilGssCode);
    const framework = args.frameworkKey ? await this.frameworkService.findOneOrThrow(args.frameworkKey) : undefined;
    return this.assessmentService.findAll(request, {
      councilId: council.id,
      frameworkId: framework?.id,
      round: args.round ?? undefined,
      includeSuperseded: args.includeSuperseded,
    });
  }

  @AuthorizedMutation(() => Assessment, 'Start a draft assessment for your council.', [
    UserRole.COUNCIL_LEAD,
    UserRole.COUNCIL_MEMBER,
    UserRole.ADMINISTRATOR,
  ])
  createAssessment(
    @RequestCtx() request: RequestContext,
    @InputArg(CreateAssessmentInput) input: CreateAssessmentInput,
  ): Promise<Assessment> {
    return this.assessmentService.create(request, input);
  }

  @AuthorizedMutation(() => Assessment, "Record one anonymous participant's responses to a draft.", [
    UserRole.COUNCIL_LEAD,
    UserRole.COUNCIL_MEMBER,
    UserRole.ADMINISTRATOR,
  ])
  recordParticipantResponses(
    @RequestCtx() request: RequestContext,
    @InputArg(RecordParticipantResponsesInput) input: RecordParticipantResponsesInput,
  ): Promise<Assessment> {
    return this.assessmentService.recordParticipantResponses(request, input);
  }

  @AuthorizedMutation(
    () => Assessment,
    'Plan a draft: sections included, statements skipped, purpose, chair, note-taker, cadence and timescale. The lead or a member.',
    [UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER, UserRole.ADMINISTRATOR],
  )
  planAssessment(@RequestCtx() request: RequestContext, @InputArg(PlanAssessmentInput) input: PlanAssessmentInput): Promise<Assessment> {
    return this.assessmentService.plan(request, input);
  }

  @AuthorizedMutation(() => Assessment, "Record the council's agreed ratings on a draft.", [UserRole.COUNCIL_LEAD, UserRole.ADMINISTRATOR])
  recordAgreedRatings(
    @RequestCtx() request: RequestContext,
    @InputArg(RecordAgreedRatingsInput) input: RecordAgreedRatingsInput,
  ): Promise<Assessment> {
    return this.assessmentService.recordAgreedRatings(request, input);
  }

  @AuthorizedMutation(() => Assessment, 'Submit a draft: it is scored and can no longer be edited.', [
    UserRole.COUNCIL_LEAD,
    UserRole.ADMINISTRATOR,
  ])
  submitAssessment(
    @RequestCtx() request: RequestContext,
    @Args(() => SubmitAssessmentArgs) { assessmentId, idempotencyKey }: SubmitAssessmentArgs,
  ): Promise<Assessment> {
    return this.assessmentService.submit(request, assessmentId, idempotencyKey);
  }

  @AuthorizedMutation(
    () => Assessment,
    'Submit a completed assessment in one step: participants’ responses and agreed ratings are recorded, scored and submitted together, or nothing is.',
    [UserRole.COUNCIL_LEAD, UserRole.ADMINISTRATOR],
  )
  submitCompletedAssessment(
    @RequestCtx() request: RequestContext,
    @InputArg(SubmitCompletedAssessmentInput) input: SubmitCompletedAssessmentInput,
  ): Promise<Assessment> {
    return this.assessmentService.submitCompleted(request, input);
  }

  @FieldResolver(() => Council)
  async council(@Root() assessment: Assessment, @RequestCtx() request: RequestContext): Promise<Council> {
    return (await this.councilService.loadById(request, assessment.councilId))!;
  }

  @FieldResolver(() => Framework)
  framework(@Root() assessment: Assessment): Promise<Framework> {
    return this.frameworkService.findByIdOrThrow(assessment.frameworkId);
  }

  @FieldResolver(() => [SectionScore], { description: 'Per section and dimension: score (0–100), coverage and spread.' })
  sectionScores(@Root() assessment: Assessment, @RequestCtx() request: RequestContext): Promise<SectionScore[]> {
    return this.assessmentService.sectionScores(request, assessment);
  }

  @FieldResolver(() => [ThemeScore], { description: 'Per cross-cutting theme and dimension.' })
  themeScores(@Root() assessment: Assessment, @RequestCtx() request: RequestContext): Promise<ThemeScore[]> {
    return this.assessmentService.themeScores(request, assessment);
  }

  @FieldResolver(() => [AgreedRatingView], {
    description: "The council's agreed ratings: for its own users and consenting collaboration partners (without notes).",
  })
  agreedRatings(@Root() assessment: Assessment, @RequestCtx() request: RequestContext): Promise<AgreedRatingView[]> {
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
  coverage(@Root() assessment: Assessment, @RequestCtx() request: RequestContext): Promise<AssessmentCoverage> {
    return this.assessmentService.coverage(request, assessment);
  }

  @FieldResolver(() => [ParticipantRoleCount], { description: 'Anonymous participants by role.' })
  participantsByRole(@Root() assessment: Assessment, @RequestCtx() request: RequestContext): Promise<ParticipantRoleCount[]> {
    return this.assessmentService.participantsByRole(request, assessment);
  }

  @FieldResolver(() => Int, { description: 'Anonymous participants who have responded.' })
  participantCount(@Root() assessment: Assessment, @RequestCtx() request: RequestContext): Promise<number> {
    return this.assessmentService.participantCount(request, assessment);
  }
}
