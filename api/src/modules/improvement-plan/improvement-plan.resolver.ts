import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { MEMBERS_MAY_ADD_PROGRESS, planPermissionsOf } from '../../common/auth/access-policy';
import { viewerOf } from '../../common/request-context';
import { UserRole } from '../../common/auth/viewer';
import type { GraphQLContext } from '../../graphql/context';

import { Council, Framework, type FrameworkService } from './dependencies';
import { ImprovementPlansArgs, PlanIdArgs, PlanStatusSeriesArgs, PlanStatusViewArgs } from './dto/plan.args';
import {
  AddPlanActionInput,
  AddPlanChallengeInput,
  AddPlanHeadingInput,
  AddProgressUpdateInput,
  CreateImprovementPlanInput,
  PlanSuggestionInput,
  SetPlanSharingInput,
  UpdatePlanActionInput,
  UpdatePlanChallengeInput,
} from './dto/plan.inputs';
import {
  PlanBreakthroughCoverage,
  PlanChallengeSuggestion,
  PlanStatusCounts,
  PlanStatusPoint,
  PlanStatusView,
} from './dto/plan-views.types';
import { ImprovementPlan } from './improvement-plan.entity';
import { countsOf, type ImprovementPlanService } from './improvement-plan.service';
import { PlanAction } from './plan-action.entity';
import { PlanChallenge } from './plan-challenge.entity';
import { PlanHeading } from './plan-heading.entity';
import { todayIso } from './plan-status';

const COUNCIL_USERS_AND_ADMIN = [UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER, UserRole.ADMINISTRATOR];
const LEADS_AND_ADMIN = [UserRole.COUNCIL_LEAD, UserRole.ADMINISTRATOR];

@Resolver(() => ImprovementPlan)
export class ImprovementPlanResolver {
  constructor(
    private readonly planService: ImprovementPlanService,
    private readonly frameworkService: FrameworkService,
  ) {}

  @Authorized()
  @Query(() => [ImprovementPlan], {
    description: "A council's plans the viewer may read, newest first: all for its own users, shared ones for partners and PAS.",
  })
  improvementPlans(
    @Ctx() { request }: GraphQLContext,
    @Args(() => ImprovementPlansArgs) { councilGssCode }: ImprovementPlansArgs,
  ): Promise<ImprovementPlan[]> {
    return this.planService.findAll(request, councilGssCode);
  }

  @Authorized()
  @Query(() => ImprovementPlan, { description: 'One plan, by heading: headings → challenges → actions → history.' })
  improvementPlan(@Ctx() { request }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<ImprovementPlan> {
    return this.planService.findOneOrThrow(request, id);
  }

  @Authorized()
  @Query(() => PlanAction, { description: "One action with its full history (an action's history view)." })
  planAction(@Ctx() { request }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<PlanAction> {
    return this.planService.findAction(request, id);
  }

  @Authorized()
  @Query(() => PlanStatusView, { description: 'The plan by status on a day, with overdue and due-soon actions.' })
  planStatusView(@Ctx() { request }: GraphQLContext, @Args(() => PlanStatusViewArgs) args: PlanStatusViewArgs): Promise<PlanStatusView> {
    return this.planService.statusView(request, args);
  }

  @Authorized()
  @Query(() => [PlanStatusPoint], { description: 'Counts by status at the end of each month: the series the dashboard charts.' })
  planStatusSeries(
    @Ctx() { request }: GraphQLContext,
    @Args(() => PlanStatusSeriesArgs) args: PlanStatusSeriesArgs,
  ): Promise<PlanStatusPoint[]> {
    return this.planService.statusSeries(request, args);
  }

  @Authorized()
  @Query(() => PlanBreakthroughCoverage, {
    description:
      'For each breakthrough question, whether any of the plan\'s actions is linked, beside the council\'s own "does the plan address this?" answer.',
  })
  planBreakthroughCoverage(
    @Ctx() { request }: GraphQLContext,
    @Args(() => PlanIdArgs) { planId }: PlanIdArgs,
  ): Promise<PlanBreakthroughCoverage> {
    return this.planService.breakthroughCoverage(request, planId);
  }

  @Authorized()
  @Query(() => PlanChallengeSuggestion, {
    description:
      "A challenge pre-filled from a weak spot (a section, statement, question or theme) with the section's top tips as starting actions. Nothing is stored.",
  })
  planChallengeSuggestion(@Arg('input', () => PlanSuggestionInput) input: PlanSuggestionInput): Promise<PlanChallengeSuggestion> {
    return this.planService.suggestion(input);
  }

  @Authorized(...LEADS_AND_ADMIN)
  @Mutation(() => ImprovementPlan, { description: 'Start a plan for your council, headed by the five core elements and any local themes.' })
  createImprovementPlan(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => CreateImprovementPlanInput) input: CreateImprovementPlanInput,
  ): Promise<ImprovementPlan> {
    return this.planService.create(request, input);
  }

  @Authorized(...LEADS_AND_ADMIN)
  @Mutation(() => PlanHeading, { description: 'Add a local theme heading.' })
  addPlanHeading(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => AddPlanHeadingInput) input: AddPlanHeadingInput,
  ): Promise<PlanHeading> {
    return this.planService.addHeading(request, input);
  }

  @Authorized(...LEADS_AND_ADMIN)
  @Mutation(() => PlanChallenge, {
    description: 'Add a challenge under a heading, linked to where it came from, with any starting actions.',
  })
  addPlanChallenge(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => AddPlanChallengeInput) input: AddPlanChallengeInput,
  ): Promise<PlanChallenge> {
    return this.planService.addChallenge(request, input);
  }

  @Authorized(...LEADS_AND_ADMIN)
  @Mutation(() => PlanChallenge, { description: "Change a challenge's wording or outcomes." })
  updatePlanChallenge(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => UpdatePlanChallengeInput) input: UpdatePlanChallengeInput,
  ): Promise<PlanChallenge> {
    return this.planService.updateChallenge(request, input);
  }

  @Authorized(...LEADS_AND_ADMIN)
  @Mutation(() => PlanAction, { description: 'Add an action to a challenge.' })
  addPlanAction(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => AddPlanActionInput) input: AddPlanActionInput,
  ): Promise<PlanAction> {
    return this.planService.addAction(request, input);
  }

  @Authorized(...LEADS_AND_ADMIN)
  @Mutation(() => PlanAction, { description: "Change an action's wording, lead or target; its history is never changed." })
  updatePlanAction(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => UpdatePlanActionInput) input: UpdatePlanActionInput,
  ): Promise<PlanAction> {
    return this.planService.updateAction(request, input);
  }

  @Authorized(...COUNCIL_USERS_AND_ADMIN)
  @Mutation(() => PlanAction, {
    description: "Append a dated progress update to an action's history. The council's lead and members may add updates.",
  })
  addProgressUpdate(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => AddProgressUpdateInput) input: AddProgressUpdateInput,
  ): Promise<PlanAction> {
    return this.planService.addProgressUpdate(request, input);
  }

  @Authorized(...LEADS_AND_ADMIN)
  @Mutation(() => ImprovementPlan, {
    description: "Share the plan with your council's consenting collaboration partners and/or PAS, or withdraw it.",
  })
  setPlanSharing(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => SetPlanSharingInput) input: SetPlanSharingInput,
  ): Promise<ImprovementPlan> {
    return this.planService.setSharing(request, input);
  }

  @FieldResolver(() => Council)
  async council(@Root() plan: ImprovementPlan, @Ctx() { loaders }: GraphQLContext): Promise<Council> {
    return (await loaders.council.load(plan.councilId))!;
  }

  @FieldResolver(() => Framework, { description: 'The plan template framework version.' })
  framework(@Root() plan: ImprovementPlan): Promise<Framework> {
    return this.frameworkService.findByIdOrThrow(plan.frameworkId);
  }

  @FieldResolver(() => PlanStatusCounts, { description: "Counts by each action's latest status today." })
  statusCounts(@Root() plan: ImprovementPlan): PlanStatusCounts {
    return countsOf(plan, todayIso());
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may change this plan (its headings, challenges, actions, sharing) and import into it.',
  })
  viewerCanEdit(@Root() plan: ImprovementPlan, @Ctx() { request }: GraphQLContext): boolean {
    return planPermissionsOf(viewerOf(request), plan.councilId).canEdit;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may add progress updates to this plan\u2019s actions.' })
  viewerCanAddProgress(@Root() plan: ImprovementPlan, @Ctx() { request }: GraphQLContext): boolean {
    return planPermissionsOf(viewerOf(request), plan.councilId).canAddProgress;
  }

  @FieldResolver(() => Boolean, {
    description: 'Council members may add progress updates (not change the plan); the lead changes the plan.',
  })
  membersMayAddProgress(): boolean {
    return MEMBERS_MAY_ADD_PROGRESS;
  }
}
