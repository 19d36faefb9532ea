import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import type { GraphQLContext } from '../../common/graphql/graphql-context';

import { ChangeUserRoleInput, UserIdArgs } from './dto/user-administration.inputs';
import { User } from './user.entity';
import type { UserAdministrationService } from './user-administration.service';

/** Managing users: administrators only. */
@Authorized(UserRole.ADMINISTRATOR)
@Resolver(() => User)
export class UserAdministrationResolver {
  constructor(private readonly userAdministration: UserAdministrationService) {}

  @Query(() => [User], { description: 'Every user, by email address (administrators only).' })
  users(@Ctx() { request }: GraphQLContext): Promise<User[]> {
    return this.userAdministration.users(request);
  }

  @Mutation(() => User, { description: "Change a user's role; not your own, and never the last administrator's." })
  changeUserRole(@Ctx() { request }: GraphQLContext, @Arg('input', () => ChangeUserRoleInput) input: ChangeUserRoleInput): Promise<User> {
    return this.userAdministration.changeRole(request, input);
  }

  @Mutation(() => User, { description: 'Disable a user: their sessions end and API tokens stop working at once; not your own account.' })
  disableUser(@Ctx() { request }: GraphQLContext, @Args(() => UserIdArgs) { userId }: UserIdArgs): Promise<User> {
    return this.userAdministration.disable(request, userId);
  }

  @Mutation(() => User, { description: 'Let a disabled user sign in again.' })
  enableUser(@Ctx() { request }: GraphQLContext, @Args(() => UserIdArgs) { userId }: UserIdArgs): Promise<User> {
    return this.userAdministration.enable(request, userId);
  }

  @Mutation(() => Int, { description: "End all of a user's open sessions; returns how many ended." })
  endUserSessions(@Ctx() { request }: GraphQLContext, @Args(() => UserIdArgs) { userId }: UserIdArgs): Promise<number> {
    return this.userAdministration.endSessions(request, userId);
  }
}
