import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import type { GraphQLContext } from '../../common/graphql/graphql-context';

import { CollaborationGroup } from './collaboration-group.entity';
import type { CollaborationService } from './collaboration.service';
import { CollaborationComparisonArgs } from './dto/collaboration-comparison.args';
import { CollaborationComparison } from './dto/collaboration-comparison.type';
import { CreateCollaborationGroupInput, SetCollaborationConsentArgs, SetPasSharingArgs } from './dto/collaboration.inputs';

@Resolver(() => CollaborationGroup)
export class CollaborationResolver {
  constructor(private readonly collaborationService: CollaborationService) {}

  @Authorized(UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER, UserRole.ADMINISTRATOR)
  @Query(() => [CollaborationGroup], { description: "Collaboration groups of the viewer's council (all, for administrators)." })
  collaborationGroups(@Ctx() { request }: GraphQLContext): Promise<CollaborationGroup[]> {
    return this.collaborationService.findGroups(request);
  }

  @Authorized(UserRole.ADMINISTRATOR)
  @Mutation(() => CollaborationGroup)
  createCollaborationGroup(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => CreateCollaborationGroupInput) input: CreateCollaborationGroupInput,
  ): Promise<CollaborationGroup> {
    return this.collaborationService.createGroup(request, input);
  }

  @Authorized(UserRole.COUNCIL_LEAD)
  @Mutation(() => CollaborationGroup, { description: "Give or withdraw your council's consent to identified sharing in a group." })
  setCollaborationConsent(
    @Ctx() { request }: GraphQLContext,
    @Args(() => SetCollaborationConsentArgs) { groupId, consent }: SetCollaborationConsentArgs,
  ): Promise<CollaborationGroup> {
    return this.collaborationService.setConsent(request, groupId, consent);
  }

  @Authorized(UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER)
  @Query(() => Boolean, { description: "Whether the viewer's council shares its identified results with PAS." })
  sharesWithPas(@Ctx() { request }: GraphQLContext): Promise<boolean> {
    return this.collaborationService.sharesWithPas(request);
  }

  @Authorized(UserRole.COUNCIL_LEAD)
  @Mutation(() => Boolean, { description: "Start (true) or stop (false) sharing your council's identified results with PAS." })
  setPasSharing(@Ctx() { request }: GraphQLContext, @Args(() => SetPasSharingArgs) { share }: SetPasSharingArgs): Promise<boolean> {
    return this.collaborationService.setPasSharing(request, share);
  }

  @Authorized(UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER, UserRole.ADMINISTRATOR)
  @Query(() => CollaborationComparison, {
    description: "A consenting collaboration group's agreed ratings side by side, sorted by where they differ most.",
  })
  collaborationComparison(
    @Ctx() { request }: GraphQLContext,
    @Args(() => CollaborationComparisonArgs) args: CollaborationComparisonArgs,
  ): Promise<CollaborationComparison> {
    return this.collaborationService.collaborationComparison(request, args);
  }
}
