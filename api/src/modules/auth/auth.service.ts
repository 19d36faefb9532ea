import { type DataSource, IsNull, MoreThan } from 'typeorm';

import { AccessError, AccessErrorCode, assertIsAdministrator, assertIsLeadOf } from '../../common/auth/access-policy';
import { UserRole, type Viewer } from '../../common/auth/viewer';
import { type RequestContext, viewerOf } from '../../common/request-context';
import { AuditAction, type AuditService } from '../audit/index';
import type { CollaborationService } from '../collaboration/index';
import type { CouncilService } from '../council/index';

import { ApiToken } from './api-token.entity';
import { hashPassword, verifyPassword } from './password-hashing';
import { AuthError, AuthErrorCode } from './auth.errors';
import type { InviteUserInput } from './dto/invite-user.input';
import { hashToken, newToken, normaliseEmail } from './secrets';
import { SignInFailure } from './sign-in-attempt.entity';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';
import { ROLE_WORDS } from './user-administration.service';

export type AuthPolicy = {
  sessionHours: number;
  invitationDays: number;
  /** Failed sign-ins allowed per email address, and per client address, in the window. */
  maxFailuresPerEmail: number;
  maxFailuresPerIp: number;
  failureWindowMinutes: number;
};

export const DEFAULT_AUTH_POLICY: AuthPolicy = {
  sessionHours: 12,
  invitationDays: 7,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 50,
  failureWindowMinutes: 15,
};

const SIGN_IN_REFUSED = 'The email address or password is not right.';

/** Users, sign-in, database-backed sessions, API tokens and invitations. */
export class AuthService {
  /** Verified when the email is unknown, so a wrong email takes as long as a wrong password. */
  private readonly decoyHash = hashPassword('touchstone-decoy-password');

  constructor(
    private readonly dataSource: DataSource,
    private readonly councils: CouncilService,
    private readonly collaboration: CollaborationService,
    private readonly policy: AuthPolicy = DEFAULT_AUTH_POLICY,
    /** Where invitations are recorded; absent only where no one invites (scripts). */
    private readonly audit?: AuditService,
  ) {}

  /**
   * Checks an email and password and opens a session; returns the session token for the cookie.
   * Throws INVALID_CREDENTIALS (the same for an unknown email and a wrong password) or
   * TOO_MANY_ATTEMPTS after repeated failures from the email or the client's address.
   */
  async signIn(ctx: RequestContext, emailInput: string, password: string): Promise<{ user: User; sessionToken: string }> {
    const email = normaliseEmail(emailInput);
    const emailHash = hashToken(email);
    const since = new Date(Date.now() - this.policy.failureWindowMinutes * 60_000);
    const manager = this.dataSource.manager;
    const [byEmail, byIp] = await Promise.all([
      manager.count(SignInFailure, { where: { emailHash, at: MoreThan(since) } }),
      manager.count(SignInFailure, { where: { ip: ctx.ip, at: MoreThan(since) } }),
    ]);
    if (byEmail >= this.policy.maxFailuresPerEmail || byIp >= this.policy.maxFailuresPerIp) {
      throw new AuthError(
        AuthErrorCode.TOO_MANY_ATTEMPTS,
        `Too many failed attempts. Wait ${this.policy.failureWindowMinutes} minutes and try again.`,
      );
    }

    const user = await manager.findOne(User, { where: { email } });
    const usable = user?.passwordHash && !user.disabledAt;
    const matches = await verifyPassword(usable ? user.passwordHash! : await this.decoyHash, password);
    if (!usable || !matches) {
      await manager.insert(SignInFailure, { emailHash, ip: ctx.ip });
      throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS, SIGN_IN_REFUSED);
    }

    const sessionToken = newToken('tss');
    await manager.insert(UserSession, {
      userId: user.id,
      tokenHash: hashToken(sessionToken),
      expiresAt: new Date(Date.now() + this.policy.sessionHours * 3_600_000),
    });
    await manager.update(User, { id: user.id }, { lastSignedInAt: new Date() });
    return { user, sessionToken };
  }

  /** Ends the session the token belongs to (no error if it had already ended). */
  async signOut(sessionToken: string): Promise<void> {
    await this.dataSource.manager.update(
      UserSession,
      { tokenHash: hashToken(sessionToken), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  /**
   * The viewer a session cookie or API token stands for, with the councils they may reach; null
   * for a missing, unknown, expired or revoked credential, or a disabled user.
   */
  async resolveViewer(credential: { sessionToken?: string; apiToken?: string }): Promise<Viewer | null> {
    const manager = this.dataSource.manager;
    let user: User | null = null;
    let via: Viewer['via'] = 'session';
    if (credential.apiToken) {
      const token = await manager.findOne(ApiToken, { where: { tokenHash: hashToken(credential.apiToken), revokedAt: IsNull() } });
      if (token) {
        via = 'token';
        await manager.update(ApiToken, { id: token.id }, { lastUsedAt: new Date() });
        user = await manager.findOne(User, { where: { id: token.userId } });
      }
    } else if (credential.sessionToken) {
      // Sessions are looked up on every request: the session and its user in one query.
      user = await manager
        .createQueryBuilder(User, 'user')
        .innerJoin(UserSession, 'session', 'session.userId = user.id')
        .where('session.tokenHash = :tokenHash AND session.revokedAt IS NULL AND session.expiresAt > now()', {
          tokenHash: hashToken(credential.sessionToken),
        })
        .getOne();
    }
    if (!user?.isActive) return null;
    return { userId: user.id, email: user.email, role: user.role, councilId: user.councilId, via, ...(await this.councilAccessOf(user)) };
  }

  /** Which councils' results a user reaches: their own; consenting collaboration partners' agreed ratings; for PAS, councils that share with PAS. */
  private async councilAccessOf(user: User): Promise<Pick<Viewer, 'fullAccessCouncilIds' | 'agreedOnlyCouncilIds'>> {
    if (user.role === UserRole.PAS_ANALYST)
      return { fullAccessCouncilIds: await this.collaboration.idsSharingWithPas(), agreedOnlyCouncilIds: [] };
    if (!user.councilId) return { fullAccessCouncilIds: [], agreedOnlyCouncilIds: [] };
    return { fullAccessCouncilIds: [user.councilId], agreedOnlyCouncilIds: await this.collaboration.consentingPartnerIds(user.councilId) };
  }

  /**
   * Invites a user: an administrator may invite anyone; a council lead, colleagues for their own
   * council. Returns the user and the one-time invitation token to pass on. Throws USER_EXISTS,
   * ROLE_NEEDS_COUNCIL or FORBIDDEN.
   */
  async invite(ctx: RequestContext, input: InviteUserInput): Promise<{ user: User; invitationToken: string }> {
    const viewer = viewerOf(ctx);
    const councilRole = input.role === UserRole.COUNCIL_LEAD || input.role === UserRole.COUNCIL_MEMBER;
    if (councilRole !== Boolean(input.councilGssCode)) {
      throw new AuthError(
        AuthErrorCode.ROLE_NEEDS_COUNCIL,
        councilRole ? 'A council lead or member needs a council.' : 'Only council leads and members belong to a council.',
      );
    }
    const council = input.councilGssCode ? await this.councils.findByGssCodeOrThrow(ctx, input.councilGssCode) : null;
    if (council && viewer.role !== UserRole.ADMINISTRATOR) assertIsLeadOf(viewer, council.id);
    else if (!council) assertIsAdministrator(viewer);

    const email = normaliseEmail(input.email);
    if (await this.dataSource.manager.exists(User, { where: { email } }))
      throw new AuthError(AuthErrorCode.USER_EXISTS, `${email} already has an account.`);
    const invitationToken = newToken('tsi');
    const user = await this.dataSource.manager.save(
      this.dataSource.manager.create(User, {
        email,
        role: input.role,
        councilId: council?.id ?? null,
        passwordHash: null,
        invitationTokenHash: hashToken(invitationToken),
        invitationExpiresAt: new Date(Date.now() + this.policy.invitationDays * 86_400_000),
        invitedById: viewer.userId,
      }),
    );
    await this.audit?.record(ctx, {
      action: AuditAction.USER_INVITED,
      subjectType: 'user',
      subject: email,
      summary: `Invited as ${ROLE_WORDS[input.role]}${council ? ` of ${council.name}` : ''}`,
    });
    return { user, invitationToken };
  }

  /** Sets the password of an invited user; throws INVITATION_INVALID for an unknown, used or expired invitation. */
  async acceptInvitation(invitationToken: string, password: string): Promise<User> {
    const manager = this.dataSource.manager;
    const user = await manager.findOne(User, {
      where: { invitationTokenHash: hashToken(invitationToken), invitationExpiresAt: MoreThan(new Date()) },
    });
    if (!user)
      throw new AuthError(
        AuthErrorCode.INVITATION_INVALID,
        'This invitation is not valid: it may have been used already or have expired. Ask for a new one.',
      );
    await manager.update(
      User,
      { id: user.id },
      { passwordHash: await hashPassword(password), invitationTokenHash: null, invitationExpiresAt: null },
    );
    return manager.findOneByOrFail(User, { id: user.id });
  }

  /** Sets a password directly (demo accounts and administrators' own set-up). */
  async setPassword(userId: string, password: string): Promise<void> {
    await this.dataSource.manager.update(
      User,
      { id: userId },
      { passwordHash: await hashPassword(password), invitationTokenHash: null, invitationExpiresAt: null },
    );
  }

  /** Creates an API token for the viewer; the token is returned once and stored only as a hash. */
  async createApiToken(ctx: RequestContext, name: string): Promise<{ apiToken: ApiToken; token: string }> {
    const viewer = viewerOf(ctx);
    const token = newToken('tst');
    const apiToken = await this.dataSource.manager.save(
      this.dataSource.manager.create(ApiToken, { userId: viewer.userId, name, tokenHash: hashToken(token) }),
    );
    return { apiToken, token };
  }

  /** The viewer's API tokens, newest first. */
  apiTokens(ctx: RequestContext): Promise<ApiToken[]> {
    return this.dataSource.manager.find(ApiToken, { where: { userId: viewerOf(ctx).userId }, order: { createdAt: 'DESC' } });
  }

  /** Revokes one of the viewer's tokens (an administrator may revoke anyone's); throws TOKEN_NOT_FOUND. */
  async revokeApiToken(ctx: RequestContext, id: string): Promise<ApiToken> {
    const viewer = viewerOf(ctx);
    const manager = this.dataSource.manager;
    const token = await manager.findOne(ApiToken, { where: { id } });
    if (!token || (token.userId !== viewer.userId && viewer.role !== UserRole.ADMINISTRATOR))
      throw new AuthError(AuthErrorCode.TOKEN_NOT_FOUND, 'No such API token.');
    await manager.update(ApiToken, { id }, { revokedAt: token.revokedAt ?? new Date() });
    return manager.findOneByOrFail(ApiToken, { id });
  }

  /** The signed-in user. */
  async me(ctx: RequestContext): Promise<User> {
    const user = await this.dataSource.manager.findOne(User, { where: { id: viewerOf(ctx).userId } });
    if (!user) throw new AccessError(AccessErrorCode.UNAUTHENTICATED, 'Sign in to continue.');
    return user;
  }
}
