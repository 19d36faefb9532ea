import { type DataSource, MoreThan } from 'typeorm';

import { AccessError, AccessErrorCode, assertIsAdministrator, assertIsLeadOf } from '../../common/auth/access-policy';
import { UserRole, type Viewer } from '../../common/auth/viewer';
import { signInRefusals } from '../../common/metrics';
import { type PreparedStatement, queryPrepared } from '../../common/database/prepared-statement';
import { inViewerTransaction } from '../../common/database/viewer-transaction';
import { type RequestContext, viewerOf } from '../../common/request-context';
import { AuditAction, type AuditService } from '../audit/index';
import { type CollaborationService, consentingPartnerIdsSql, PAS_SHARING_COUNCIL_IDS_SQL } from '../collaboration/index';
import type { CouncilService } from '../council/index';

import type { ApiToken } from './api-token.entity';
import { assertSignedInSession } from './api-token.scopes';
import { ApiTokenService } from './api-token.service';
import { accountFunctions } from './account-functions';
import { accountLink } from './account-links';
import { AuthError, AuthErrorCode } from './auth.errors';
import { assertPasswordNotCommon } from './common-passwords';
import type { InviteUserInput } from './dto/invite-user.input';
import { PasswordHashQueue } from './password-hash-queue';
import { PasswordResetService } from './password-reset.service';
import { hashToken, newToken, normaliseEmail } from './secrets';
import { isRefusal, SignInLimits } from './sign-in-limits';
import { tooManyAttempts } from './sign-in-refusals';
import { User } from './user.entity';
import { ROLE_WORDS } from './user-administration.service';

/** How long sessions, invitations and reset links last, and where the dashboard is: these defaults, or config.ts's authPolicy. */
export const DEFAULT_AUTH_POLICY = {
  sessionHours: 12,
  invitationDays: 7,
  passwordResetMinutes: 60,
  /** Where the dashboard is, for the links in invitations and reset emails. */
  publicOrigin: 'http://localhost:4000',
};

/** The settings AuthService runs with: the same keys as the defaults. */
export type AuthPolicy = typeof DEFAULT_AUTH_POLICY;

/** The sign-in protections (limits and the bounded hashing) and the password reset flow, shared by the module's resolvers. */
export type AuthProtection = { limits: SignInLimits; hashing: PasswordHashQueue; passwordResets: PasswordResetService };

const PRUNE_EVERY_MS = 15 * 60_000;

const SIGN_IN_REFUSED = 'The email address or password is not right.';

/** What a request's viewer is built from: the account behind its session or token, and the councils it reaches when already known. */
type AccountHolder = Pick<User, 'id' | 'email' | 'role' | 'councilId' | 'isActive'> & { reach?: KnownReach };

/** Councils sharing with PAS (for a PAS analyst) and consenting partners (for a council's user), null where they do not apply. */
type KnownReach = { pasSharingIds: string[] | null; partnerIds: string[] | null };

/**
 * The live session a token hash ($1) belongs to (not revoked, not expired) and its user (active when
 * a password is set and it is not disabled), with the councils the user reaches, in one statement,
 * prepared once per connection (see queryPrepared).
 */
const SESSION_HOLDER: PreparedStatement = {
  name: 'touchstone-session-holder',
  text: `SELECT u.id, u.email, u.role, u.council_id, (u.password_hash IS NOT NULL AND u.disabled_at IS NULL) AS active,
       CASE WHEN u.role = $2 THEN ${PAS_SHARING_COUNCIL_IDS_SQL} END AS pas_sharing_ids,
       CASE WHEN u.council_id IS NOT NULL THEN ${consentingPartnerIdsSql('u.council_id')} END AS partner_ids
  FROM user_session s JOIN app_user u ON u.id = s.user_id
 WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
};

type SessionHolderRow = {
  id: string;
  email: string;
  role: UserRole;
  council_id: string | null;
  active: boolean;
  pas_sharing_ids: string[] | null;
  partner_ids: string[] | null;
};

/** Users, sign-in, database-backed sessions, API tokens and invitations. */
export class AuthService {
  /** Creating, listing, checking and revoking API tokens. */
  readonly tokens: ApiTokenService;

  constructor(
    private readonly dataSource: DataSource,
    private readonly councils: CouncilService,
    private readonly collaboration: CollaborationService,
    private readonly policy: AuthPolicy = DEFAULT_AUTH_POLICY,
    private readonly protection: AuthProtection = defaultProtection(dataSource, policy),
    /** Where invitations are recorded; absent only where no one invites (scripts). */
    private readonly audit?: AuditService,
  ) {
    this.tokens = new ApiTokenService(dataSource);
  }

  private pruning: NodeJS.Timeout | undefined;

  /** Starts forgetting, every quarter of an hour, sign-in limits nobody has touched for a while and reset links long dead. */
  start(log: (message: string, error: unknown) => void = console.error): void {
    this.pruning = setInterval(() => {
      Promise.all([this.protection.limits.forgetQuiet(), this.protection.passwordResets.forgetOld()]).catch((error: unknown) =>
        log('Could not prune sign-in limits and reset links', error),
      );
    }, PRUNE_EVERY_MS);
    this.pruning.unref();
  }

  /** Stops what the service started (the pruning, the password hashing threads). */
  close(): Promise<void> {
    clearInterval(this.pruning);
    return this.protection.hashing.close();
  }

  /** Forgotten passwords: reset links by email. */
  get passwordResets(): PasswordResetService {
    return this.protection.passwordResets;
  }

  /**
   * Checks an email and password and opens a session; returns the session token for the cookie.
   * Throws INVALID_CREDENTIALS (the same for an unknown email and a wrong password),
   * TOO_MANY_ATTEMPTS when a limit on the account or the client's address refuses the attempt
   * (sign-in-limits.ts), or PASSWORD_CHECKS_BUSY when too many passwords are being checked at once.
   */
  async signIn(ctx: RequestContext, emailInput: string, password: string): Promise<{ user: User; sessionToken: string }> {
    const email = normaliseEmail(emailInput);
    // Reserved before the password is checked, so parallel guesses are counted before any is checked.
    const reservation = await this.protection.limits.reserveSignIn(email, ctx.ip);
    if (isRefusal(reservation)) {
      signInRefusals.inc({ reason: 'throttled' });
      throw tooManyAttempts(reservation);
    }

    const manager = this.dataSource.manager;
    // Settings are made up for an email with no usable account, so its hash costs the same.
    const settings = await accountFunctions.passwordSettings(manager, email);
    let proof: string;
    try {
      proof = await this.protection.hashing.prove(settings, password);
    } catch (error) {
      // Not checked at all (too busy): the attempt must not count as a failure.
      await reservation.withdrawn();
      signInRefusals.inc({ reason: 'busy' });
      throw error;
    }
    // The database checks the proof against a verifier the API cannot read, and only then opens the session.
    const sessionToken = newToken('tss');
    const userId = await accountFunctions.openSession(manager, email, proof, hashToken(sessionToken), this.policy.sessionHours);
    if (!userId) {
      const known = await manager.findOne(User, { where: { email }, select: { id: true, disabledAt: true } });
      signInRefusals.inc({ reason: known?.disabledAt ? 'disabled' : 'wrong_password' });
      throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS, SIGN_IN_REFUSED);
    }
    await reservation.succeeded();
    return { user: await manager.findOneByOrFail(User, { id: userId }), sessionToken };
  }

  /** Ends the session the token belongs to (no error if it had already ended). */
  async signOut(sessionToken: string): Promise<void> {
    await accountFunctions.closeSession(this.dataSource.manager, sessionToken);
  }

  /**
   * The viewer a session cookie or API token stands for, with the councils they may reach; null
   * for a missing, unknown, expired or revoked credential, or a disabled user.
   */
  async resolveViewer(credential: { sessionToken?: string; apiToken?: string }): Promise<Viewer | null> {
    return (await this.authenticate(credential)).viewer;
  }

  /**
   * The same, with the reason an API token was refused (unknown, expired or revoked), so that the
   * request can be refused with it rather than treated as anonymous.
   */
  async authenticate(credential: { sessionToken?: string; apiToken?: string }): Promise<{ viewer: Viewer | null; refusal: string | null }> {
    let user: AccountHolder | null = null;
    let token: ApiToken | null = null;
    if (credential.apiToken) {
      const check = await this.tokens.check(credential.apiToken);
      if (!check.token) return { viewer: null, refusal: check.refusal };
      token = check.token;
      user = await this.dataSource.manager.findOne(User, { where: { id: token.userId } });
    } else if (credential.sessionToken) {
      user = await this.sessionHolder(credential.sessionToken);
    }
    if (!user?.isActive) return { viewer: null, refusal: token ? 'The account this API token belongs to is not active.' : null };
    const viewer: Viewer = {
      userId: user.id,
      email: user.email,
      role: user.role,
      councilId: user.councilId,
      via: token ? 'token' : 'session',
      tokenScopes: token ? token.scopes : null,
      tokenId: token?.id ?? null,
      secret: (token ? credential.apiToken : credential.sessionToken)!,
      ...(await this.councilAccessOf(user)),
    };
    return { viewer, refusal: null };
  }

  /**
   * The user a live session belongs to, looked up on every request (so a revoked session or a
   * disabled user stops at once), and the councils they reach: one fixed statement, one round trip,
   * with only the columns a viewer needs, so no query is built or entity hydrated per request.
   */
  private async sessionHolder(sessionToken: string): Promise<AccountHolder | null> {
    const [row] = await queryPrepared<SessionHolderRow>(this.dataSource, SESSION_HOLDER, [hashToken(sessionToken), UserRole.PAS_ANALYST]);
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      councilId: row.council_id,
      isActive: row.active,
      reach: { pasSharingIds: row.pas_sharing_ids, partnerIds: row.partner_ids },
    };
  }

  /** Which councils' results a user reaches: their own; consenting collaboration partners' agreed ratings; for PAS, councils that share with PAS. */
  private async councilAccessOf(user: AccountHolder): Promise<Pick<Viewer, 'fullAccessCouncilIds' | 'agreedOnlyCouncilIds'>> {
    if (user.role === UserRole.PAS_ANALYST)
      return {
        fullAccessCouncilIds: user.reach?.pasSharingIds ?? (await this.collaboration.idsSharingWithPas()),
        agreedOnlyCouncilIds: [],
      };
    if (!user.councilId) return { fullAccessCouncilIds: [], agreedOnlyCouncilIds: [] };
    return {
      fullAccessCouncilIds: [user.councilId],
      agreedOnlyCouncilIds: user.reach?.partnerIds ?? (await this.collaboration.consentingPartnerIds(user.councilId)),
    };
  }

  /**
   * Invites a user: an administrator may invite anyone; a council lead, colleagues for their own
   * council. Returns the user and the one-time invitation token to pass on. Throws USER_EXISTS,
   * ROLE_NEEDS_COUNCIL or FORBIDDEN.
   */
  async invite(ctx: RequestContext, input: InviteUserInput): Promise<{ user: User; invitationToken: string }> {
    const viewer = viewerOf(ctx);
    assertSignedInSession(viewer, 'invite anyone');
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
    const user = await inViewerTransaction(this.dataSource, ctx, async (manager) => {
      const id = await accountFunctions.inviteUser(manager, {
        email,
        role: input.role,
        councilId: council?.id ?? null,
        tokenHash: hashToken(invitationToken),
        days: this.policy.invitationDays,
      });
      return manager.findOneByOrFail(User, { id });
    });
    await this.audit?.record(ctx, {
      action: AuditAction.USER_INVITED,
      subjectType: 'user',
      subject: email,
      summary: `Invited as ${ROLE_WORDS[input.role]}${council ? ` of ${council.name}` : ''}`,
    });
    return { user, invitationToken };
  }

  /** The dashboard address where an invitee sets their password. */
  invitationLink(invitationToken: string): string {
    return accountLink(this.policy.publicOrigin, 'acceptInvitation', invitationToken);
  }

  /**
   * Sets the password of an invited user; throws PASSWORD_TOO_COMMON, INVITATION_INVALID for an
   * unknown, used or expired invitation, or PASSWORD_CHECKS_BUSY.
   */
  async acceptInvitation(invitationToken: string, password: string): Promise<User> {
    assertPasswordNotCommon(password);
    const tokenHash = hashToken(invitationToken);
    const manager = this.dataSource.manager;
    // Checked before hashing, so a made-up token costs no hash.
    const invited = await manager.exists(User, { where: { invitationTokenHash: tokenHash, invitationExpiresAt: MoreThan(new Date()) } });
    const userId = invited
      ? await accountFunctions.acceptInvitation(manager, invitationToken, await this.protection.hashing.hash(password))
      : null;
    if (!userId)
      throw new AuthError(
        AuthErrorCode.INVITATION_INVALID,
        'This invitation is not valid: it may have been used already or have expired. Ask for a new one.',
      );
    return manager.findOneByOrFail(User, { id: userId });
  }

  /** The signed-in user. */
  async me(ctx: RequestContext): Promise<User> {
    const user = await this.dataSource.manager.findOne(User, { where: { id: viewerOf(ctx).userId } });
    if (!user) throw new AccessError(AccessErrorCode.UNAUTHENTICATED, 'Sign in to continue.');
    return user;
  }
}

/** The protections with their default settings: for a service built without the module's factory. */
function defaultProtection(dataSource: DataSource, policy: AuthPolicy): AuthProtection {
  const limits = new SignInLimits(dataSource);
  const hashing = new PasswordHashQueue();
  const passwordResets = new PasswordResetService(dataSource, limits, hashing, { minutes: policy.passwordResetMinutes });
  return { limits, hashing, passwordResets };
}
