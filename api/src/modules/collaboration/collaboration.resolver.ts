import { Args, Authorized, Mutation, Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import { AuthorizedMutation, AuthorizedQuery, InputArg, RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';

import { CollaborationGroup } from './collaboration-group.entity';
import type { CollaborationService } from './collaboration.service';
import { CollaborationComparisonArgs } from './dto/collaboration-comparison.args';
import { CollaborationComparison } from './dto/collaboration-comparison.type';
import { CreateCollaborationGroupInput, SetCollaborationConsentArgs, SetPasSharingArgs } from './dto/collaboration.inputs';

@Resolver(() => CollaborationGroup)
export class CollaborationResolver {
  constructor(private readonly collaborationService: CollaborationService) {}

  @AuthorizedQuery(() => [CollaborationGroup], "Collaboration groups of the viewer's council (all, for administrators).", [
    UserRole.COUNCIL_LEAD,
    UserRole.COUNCIL_MEMBER,
    UserRole.ADMINISTRATOR,
  ])
  collaborationGroups(@RequestCtx() request: RequestContext): Promise<CollaborationGroup[]> {
    return this.collaborationService.findGroups(request);
  }

  @Authorized(UserRole.ADMINISTRATOR)
  @Mutation(() => CollaborationGroup)
  createCollaborationGroup(
    @RequestCtx() request: RequestContext,
    @InputArg(CreateCollaborationGroupInput) input: CreateCollaborationGroupInput,
  ): Promise<CollaborationGroup> {
    return this.collaborationService.createGroup(request, input);
  }

  @AuthorizedMutation(() => CollaborationGroup, "Give or withdraw your council's consent to identified sharing in a group.", [
    UserRole.COUNCIL_LEAD,
  ])
  setCollaborationConsent(
    @RequestCtx() request: RequestContext,
    @Args(() => SetCollaborationConsentArgs) { groupId, consent }: SetCollaborationConsentArgs,
  ): Promise<CollaborationGroup> {
    return this.collaborationService.setConsent(request, groupId, consent);
  }

  @AuthorizedQuery(() => Boolean, "Whether the viewer's council shares its identified results with PAS.", [
    UserRole.COUNCIL_LEAD,
    UserRole.COUNCIL_MEMBER,
  ])
  sharesWithPas(@RequestCtx() request: RequestContext): Promise<boolean> {
    return this.collaborationService.sharesWithPas(request);
  }

  @AuthorizedMutation(() => Boolean, "Start (true) or stop (false) sharing your council's identified results with PAS.", [
    UserRole.COUNCIL_LEAD,
  ])
  setPasSharing(@RequestCtx() request: RequestContext, @Args(() => SetPasSharingArgs) { share }: SetPasSharingArgs): Promise<boolean> {
    return this.collaborationService.setPasSharing(request, share);
  }

  @AuthorizedQuery(
    () => CollaborationComparison,
    "A consenting collaboration group's agreed ratings side by side, sorted by where they differ most.",
    [UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER, UserRole.ADMINISTRATOR],
  )
  collaborationComparison(
    @RequestCtx() request: RequestContext,
    @Args(() => CollaborationComparisonArgs) args: CollaborationComparisonArgs,
  ): Promise<CollaborationComparison> {
    return this.collaborationService.collaborationComparison(request, args);
  }
}
