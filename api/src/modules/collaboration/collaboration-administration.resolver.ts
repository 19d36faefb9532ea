import { Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import { AuthorizedMutation, AuthorizedQuery, InputArg, RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';

import { CollaborationGroup } from './collaboration-group.entity';
import type { CollaborationAdministrationService } from './collaboration-administration.service';
import { InviteCouncilsToGroupInput, PasSharingCouncil } from './dto/collaboration-administration.inputs';

@Resolver(() => CollaborationGroup)
export class CollaborationAdministrationResolver {
  constructor(private readonly administration: CollaborationAdministrationService) {}

  @AuthorizedMutation(() => CollaborationGroup, 'Add councils to a collaboration group; each must then consent.', [UserRole.ADMINISTRATOR])
  inviteCouncilsToGroup(
    @RequestCtx() request: RequestContext,
    @InputArg(InviteCouncilsToGroupInput) input: InviteCouncilsToGroupInput,
  ): Promise<CollaborationGroup> {
    return this.administration.inviteCouncils(request, input);
  }

  @AuthorizedQuery(() => [PasSharingCouncil], 'Councils that share their identified results with PAS (PAS and administrators).', [
    UserRole.ADMINISTRATOR,
    UserRole.PAS_ANALYST,
  ])
  async pasSharingCouncils(@RequestCtx() request: RequestContext): Promise<PasSharingCouncil[]> {
    return (await this.administration.pasSharingCouncils(request)).map((row) => Object.assign(new PasSharingCouncil(), row));
  }
}
