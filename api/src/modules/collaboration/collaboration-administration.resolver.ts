import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import type { GraphQLContext } from '../../common/graphql/graphql-context';

import { CollaborationGroup } from './collaboration-group.entity';
import type { CollaborationAdministrationService } from './collaboration-administration.service';
import { InviteCouncilsToGroupInput, PasSharingCouncil } from './dto/collaboration-administration.inputs';

@Resolver(() => CollaborationGroup)
export class CollaborationAdministrationResolver {
  constructor(private readonly administration: CollaborationAdministrationService) {}

  @Authorized(UserRole.ADMINISTRATOR)
  @Mutation(() => CollaborationGroup, { description: 'Add councils to a collaboration group; each must then consent.' })
  inviteCouncilsToGroup(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => InviteCouncilsToGroupInput) input: InviteCouncilsToGroupInput,
  ): Promise<CollaborationGroup> {
    return this.administration.inviteCouncils(request, input);
  }

  @Authorized(UserRole.ADMINISTRATOR, UserRole.PAS_ANALYST)
  @Query(() => [PasSharingCouncil], { description: 'Councils that share their identified results with PAS (PAS and administrators).' })
  async pasSharingCouncils(@Ctx() { request }: GraphQLContext): Promise<PasSharingCouncil[]> {
    return (await this.administration.pasSharingCouncils(request)).map((row) => Object.assign(new PasSharingCouncil(), row));
  }
}
