import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { administrationAreasOf } from '../../common/auth/access-policy';
import { UserRole } from '../../common/auth/viewer';
import type { GraphQLContext } from '../../common/graphql/graphql-context';
import { Council, type CouncilService } from '../council/index';

import { AdministrationAreas, ChangeUserRoleInput, UserIdArgs, UserStatus } from './dto/user-administration.inputs';
import { User } from './user.entity';
import type { UserAdministrationService } from './user-administration.service';

@Resolver(() => User)
export class UserAdministrationResolver {
  constructor(
    private readonly userAdministration: UserAdministrationService,
    private readonly councils: CouncilService,
  ) {}

  @Authorized(UserRole.ADMINISTRATOR)
  @Query(() => [User], { description: 'Every user, by email address (administrators only).' })
  users(@Ctx() { request }: GraphQLContext): Promise<User[]> {
    return this.userAdministration.users(request);
  }

  @Authorized(UserRole.ADMINISTRATOR)
  @Mutation(() => User, { description: "Change a user's role; not your own, and never the last administrator's." })
  changeUserRole(@Ctx() { request }: GraphQLContext, @Arg('input', () => ChangeUserRoleInput) input: ChangeUserRoleInput): Promise<User> {
    return this.userAdministration.changeRole(request, input);
  }

  @Authorized(UserRole.ADMINISTRATOR)
  @Mutation(() => User, { description: 'Disable a user: their sessions end and API tokens stop working at once; not your own account.' })
  disableUser(@Ctx() { request }: GraphQLContext, @Args(() => UserIdArgs) { userId }: UserIdArgs): Promise<User> {
    return this.userAdministration.disable(request, userId);
  }

  @Authorized(UserRole.ADMINISTRATOR)
  @Mutation(() => User, { description: 'Let a disabled user sign in again.' })
  enableUser(@Ctx() { request }: GraphQLContext, @Args(() => UserIdArgs) { userId }: UserIdArgs): Promise<User> {
    return this.userAdministration.enable(request, userId);
  }

  @Authorized(UserRole.ADMINISTRATOR)
  @Mutation(() => Int, { description: "End all of a user's open sessions; returns how many ended." })
  endUserSessions(@Ctx() { request }: GraphQLContext, @Args(() => UserIdArgs) { userId }: UserIdArgs): Promise<number> {
    return this.userAdministration.endSessions(request, userId);
  }

  @FieldResolver(() => UserStatus)
  status(@Root() user: User): UserStatus {
    return user.disabledAt ? UserStatus.DISABLED : user.passwordHash === null ? UserStatus.INVITED : UserStatus.ACTIVE;
  }

  @FieldResolver(() => Council, { nullable: true, description: 'The council of a council lead or member.' })
  async council(@Root() user: User, @Ctx() { request }: GraphQLContext): Promise<Council | null> {
    return user.councilId ? ((await this.councils.loadById(request, user.councilId)) ?? null) : null;
  }

  @FieldResolver(() => AdministrationAreas, { description: "The parts of the administration area this user's role may use." })
  administration(@Root() user: User): AdministrationAreas {
    return Object.assign(new AdministrationAreas(), administrationAreasOf(user.role));
  }
}
