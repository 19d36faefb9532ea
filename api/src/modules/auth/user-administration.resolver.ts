import { Args, Authorized, Int, Mutation, Query, Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import { InputArg, RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';

import { ChangeUserRoleInput, UserIdArgs } from './dto/user-administration.inputs';
import { User } from './user.entity';
import type { UserAdministrationService } from './user-administration.service';

/** Managing users: administrators only. */
@Authorized(UserRole.ADMINISTRATOR)
@Resolver(() => User)
export class UserAdministrationResolver {
  constructor(private readonly userAdministration: UserAdministrationService) {}

  @Query(() => [User], { description: 'Every user, by email address (administrators only).' })
  users(@RequestCtx() request: RequestContext): Promise<User[]> {
    return this.userAdministration.users(request);
  }

  @Mutation(() => User, { description: "Change a user's role; not your own, and never the last administrator's." })
  changeUserRole(@RequestCtx() request: RequestContext, @InputArg(ChangeUserRoleInput) input: ChangeUserRoleInput): Promise<User> {
    return this.userAdministration.changeRole(request, input);
  }

  @Mutation(() => User, { description: 'Disable a user: their sessions end and API tokens stop working at once; not your own account.' })
  disableUser(@RequestCtx() request: RequestContext, @Args(() => UserIdArgs) { userId }: UserIdArgs): Promise<User> {
    return this.userAdministration.disable(request, userId);
  }

  @Mutation(() => User, { description: 'Let a disabled user sign in again.' })
  enableUser(@RequestCtx() request: RequestContext, @Args(() => UserIdArgs) { userId }: UserIdArgs): Promise<User> {
    return this.userAdministration.enable(request, userId);
  }

  @Mutation(() => Int, { description: "End all of a user's open sessions; returns how many ended." })
  endUserSessions(@RequestCtx() request: RequestContext, @Args(() => UserIdArgs) { userId }: UserIdArgs): Promise<number> {
    return this.userAdministration.endSessions(request, userId);
  }
}
