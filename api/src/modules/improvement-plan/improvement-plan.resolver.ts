import { Arg, Args, FieldResolver, ID, Resolver, Root } from 'type-graphql';

import { MEMBERS_MAY_ADD_PROGRESS, planPermissionsOf } from '../../common/auth/access-policy';
import { type RequestContext, viewerOf } from '../../common/request-context';
import { UserRole } from '../../common/auth/viewer';
import { AuthorizedMutation, AuthorizedQuery, InputArg, RequestCtx } from '../../common/graphql/operations';

import { Council, type CouncilService, Framework, type FrameworkService } from './dependencies';
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
    private readonly councilService: CouncilService,
  ) {}

  @AuthorizedQuery(
    () => [ImprovementPlan],
    "A council's plans the viewer may read, newest first: all for its own users, shared ones for partners and PAS.",
  )
  improvementPlans(
    @RequestCtx() request: RequestContext,
    @Args(() => ImprovementPlansArgs) { councilGssCode }: ImprovementPlansArgs,
  ): Promise<ImprovementPlan[]> {
    return this.planService.findAll(request, councilGssCode);
  }

  @AuthorizedQuery(() => ImprovementPlan, 'One plan, by heading: headings → challenges → actions → history.')
  improvementPlan(@RequestCtx() request: RequestContext, @Arg('id', () => ID) id: string): Promise<ImprovementPlan> {
    return this.planService.findOneOrThrow(request, id);
  }

  @AuthorizedQuery(() => PlanAction, "One action with its full history (an action's history view).")
  planAction(@RequestCtx() request: RequestContext, @Arg('id', () => ID) id: string): Promise<PlanAction> {
    return this.planService.findAction(request, id);
  }

  @AuthorizedQuery(() => PlanStatusView, 'The plan by status on a day, with overdue and due-soon actions.')
  planStatusView(@RequestCtx() request: RequestContext, @Args(() => PlanStatusViewArgs) args: PlanStatusViewArgs): Promise<PlanStatusView> {
    return this.planService.statusView(request, args);
  }

  @AuthorizedQuery(() => [PlanStatusPoint], 'Counts by status at the end of each month: the series the dashboard charts.')
  planStatusSeries(
    @RequestCtx() request: RequestContext,
    @Args(() => PlanStatusSeriesArgs) args: PlanStatusSeriesArgs,
  ): Promise<PlanStatusPoint[]> {
    return this.planService.statusSeries(request, args);
  }

  @AuthorizedQuery(
    () => PlanBreakthroughCoverage,
    'For each breakthrough question, whether any of the plan\'s actions is linked, beside the council\'s own "does the plan address this?" answer.',
  )
  planBreakthroughCoverage(
    @RequestCtx() request: RequestContext,
    @Args(() => PlanIdArgs) { planId }: PlanIdArgs,
  ): Promise<PlanBreakthroughCoverage> {
    return this.planService.breakthroughCoverage(request, planId);
  }

  @AuthorizedQuery(
    () => PlanChallengeSuggestion,
    "A challenge pre-filled from a weak spot (a section, statement, question or theme) with the section's top tips as starting actions. Nothing is stored.",
  )
  planChallengeSuggestion(@InputArg(PlanSuggestionInput) input: PlanSuggestionInput): Promise<PlanChallengeSuggestion> {
    return this.planService.suggestion(input);
  }

  @AuthorizedMutation(
    () => ImprovementPlan,
    'Start a plan for your council, headed by the five core elements and any local themes.',
    LEADS_AND_ADMIN,
  )
  createImprovementPlan(
    @RequestCtx() request: RequestContext,
    @InputArg(CreateImprovementPlanInput) input: CreateImprovementPlanInput,
  ): Promise<ImprovementPlan> {
    return this.planService.create(request, input);
  }

  @AuthorizedMutation(() => PlanHeading, 'Add a local theme heading.', LEADS_AND_ADMIN)
  addPlanHeading(@RequestCtx() request: RequestContext, @InputArg(AddPlanHeadingInput) input: AddPlanHeadingInput): Promise<PlanHeading> {
    return this.planService.addHeading(request, input);
  }

  @AuthorizedMutation(
    () => PlanChallenge,
    'Add a challenge under a heading, linked to where it came from, with any starting actions.',
    LEADS_AND_ADMIN,
  )
  addPlanChallenge(
    @RequestCtx() request: RequestContext,
    @InputArg(AddPlanChallengeInput) input: AddPlanChallengeInput,
  ): Promise<PlanChallenge> {
    return this.planService.addChallenge(request, input);
  }

  @AuthorizedMutation(() => PlanChallenge, "Change a challenge's wording or outcomes.", LEADS_AND_ADMIN)
  updatePlanChallenge(
    @RequestCtx() request: RequestContext,
    @InputArg(UpdatePlanChallengeInput) input: UpdatePlanChallengeInput,
  ): Promise<PlanChallenge> {
    return this.planService.updateChallenge(request, input);
  }

  @AuthorizedMutation(() => PlanAction, 'Add an action to a challenge.', LEADS_AND_ADMIN)
  addPlanAction(@RequestCtx() request: RequestContext, @InputArg(AddPlanActionInput) input: AddPlanActionInput): Promise<PlanAction> {
    return this.planService.addAction(request, input);
  }

  @AuthorizedMutation(() => PlanAction, "Change an action's wording, lead or target; its history is never changed.", LEADS_AND_ADMIN)
  updatePlanAction(
    @RequestCtx() request: RequestContext,
    @InputArg(UpdatePlanActionInput) input: UpdatePlanActionInput,
  ): Promise<PlanAction> {
    return this.planService.updateAction(request, input);
  }

  @AuthorizedMutation(
    () => PlanAction,
    "Append a dated progress update to an action's history. The council's lead and members may add updates.",
    COUNCIL_USERS_AND_ADMIN,
  )
  addProgressUpdate(
    @RequestCtx() request: RequestContext,
    @InputArg(AddProgressUpdateInput) input: AddProgressUpdateInput,
  ): Promise<PlanAction> {
    return this.planService.addProgressUpdate(request, input);
  }

  @AuthorizedMutation(
    () => ImprovementPlan,
    "Share the plan with your council's consenting collaboration partners and/or PAS, or withdraw it.",
    LEADS_AND_ADMIN,
  )
  setPlanSharing(
    @RequestCtx() request: RequestContext,
    @InputArg(SetPlanSharingInput) input: SetPlanSharingInput,
  ): Promise<ImprovementPlan> {
    return this.planService.setSharing(request, input);
  }

  @FieldResolver(() => Council)
  async council(@Root() plan: ImprovementPlan, @RequestCtx() request: RequestContext): Promise<Council> {
    return (await this.councilService.loadById(request, plan.councilId))!;
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
  viewerCanEdit(@Root() plan: ImprovementPlan, @RequestCtx() request: RequestContext): boolean {
    return planPermissionsOf(viewerOf(request), plan.councilId).canEdit;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may add progress updates to this plan\u2019s actions.' })
  viewerCanAddProgress(@Root() plan: ImprovementPlan, @RequestCtx() request: RequestContext): boolean {
    return planPermissionsOf(viewerOf(request), plan.councilId).canAddProgress;
  }

  @FieldResolver(() => Boolean, {
    description: 'Council members may add progress updates (not change the plan); the lead changes the plan.',
  })
  membersMayAddProgress(): boolean {
    return MEMBERS_MAY_ADD_PROGRESS;
  }
}
