import { FieldResolver, Resolver, Root } from 'type-graphql';

import { administrationAreasOf } from '../../common/auth/access-policy';
import { RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';
import { Council, type CouncilService } from '../council/index';

import { AdministrationAreas, UserStatus } from './dto/user-administration.inputs';
import { User } from './user.entity';

/** A user's derived fields, for whoever may read the user (the user themself, administrators). */
@Resolver(() => User)
export class UserFieldResolver {
  constructor(private readonly councils: CouncilService) {}

  @FieldResolver(() => UserStatus)
  status(@Root() user: User): UserStatus {
    return user.disabledAt ? UserStatus.DISABLED : user.passwordHash === null ? UserStatus.INVITED : UserStatus.ACTIVE;
  }

  @FieldResolver(() => Council, { nullable: true, description: 'The council of a council lead or member.' })
  async council(@Root() user: User, @RequestCtx() request: RequestContext): Promise<Council | null> {
    return user.councilId ? ((await this.councils.loadById(request, user.councilId)) ?? null) : null;
  }

  @FieldResolver(() => AdministrationAreas, { description: "The parts of the administration area this user's role may use." })
  administration(@Root() user: User): AdministrationAreas {
    return Object.assign(new AdministrationAreas(), administrationAreasOf(user.role));
  }
}
