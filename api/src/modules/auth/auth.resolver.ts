import { Ctx, Mutation, Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import type { GraphQLContext } from '../../common/graphql/graphql-context';
import { AuthorizedMutation, AuthorizedQuery, InputArg, RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';

import type { AuthService } from './auth.service';
import { AcceptInvitationInput, SignInInput } from './dto/auth.inputs';
import { Invitation } from './dto/auth.results';
import { InviteUserInput } from './dto/invite-user.input';
import { User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly authService: AuthService) {}

  @AuthorizedQuery(() => User, 'The signed-in user.')
  me(@RequestCtx() request: RequestContext): Promise<User> {
    return this.authService.me(request);
  }

  @Mutation(() => User, { description: 'Sign in with email and password; sets the session cookie.' })
  async signIn(@Ctx() { request, http }: GraphQLContext, @InputArg(SignInInput) input: SignInInput): Promise<User> {
    const { user, sessionToken } = await this.authService.signIn(request, input.email, input.password);
    http.setSessionCookie(sessionToken);
    return user;
  }

  @Mutation(() => Boolean, { description: 'End this session and clear the cookie.' })
  async signOut(@Ctx() { http }: GraphQLContext): Promise<boolean> {
    if (http.sessionToken) await this.authService.signOut(http.sessionToken);
    http.clearSessionCookie();
    return true;
  }

  @Mutation(() => User, { description: 'Set a password with an invitation token; then sign in.' })
  acceptInvitation(@InputArg(AcceptInvitationInput) input: AcceptInvitationInput): Promise<User> {
    return this.authService.acceptInvitation(input.invitationToken, input.password);
  }

  @AuthorizedMutation(() => Invitation, 'Invite a user: administrators invite anyone, council leads their own colleagues.', [
    UserRole.ADMINISTRATOR,
    UserRole.COUNCIL_LEAD,
  ])
  async inviteUser(@RequestCtx() request: RequestContext, @InputArg(InviteUserInput) input: InviteUserInput): Promise<Invitation> {
    const invitation = await this.authService.invite(request, input);
    return Object.assign(new Invitation(), invitation, { invitationLink: this.authService.invitationLink(invitation.invitationToken) });
  }
}
