import type { DataSource, EntityManager } from 'typeorm';

import { assertCanManageUser, assertIsAdministrator } from '../../common/auth/access-policy';
import { UserRole } from '../../common/auth/viewer';
import { inViewerTransaction } from '../../common/database/viewer-transaction';
import { type RequestContext, viewerOf } from '../../common/request-context';
import { AuditAction, type AuditService } from '../audit/index';
import type { CouncilService } from '../council/index';

import { accountFunctions, isLastAdministratorRefusal } from './account-functions';
import { AuthError, AuthErrorCode } from './auth.errors';
import type { ChangeUserRoleInput } from './dto/user-administration.inputs';
import { User } from './user.entity';
import { UserAdministrationError, UserAdministrationErrorCode } from './user-administration.errors';

/** Each role in plain words, for the audit log. */
export const ROLE_WORDS: Record<UserRole, string> = {
  [UserRole.COUNCIL_LEAD]: 'council lead',
  [UserRole.COUNCIL_MEMBER]: 'council member',
  [UserRole.PAS_ANALYST]: 'PAS analyst',
  [UserRole.ADMINISTRATOR]: 'administrator',
};

const isCouncilRole = (role: UserRole) => role === UserRole.COUNCIL_LEAD || role === UserRole.COUNCIL_MEMBER;

/**
 * Administrators' management of users: the list, roles, disabling and enabling accounts, and
 * ending a user's sessions. A disabled user's sessions and API tokens stop working on their next
 * request, because every request resolves its viewer afresh (AuthService.resolveViewer). Every
 * change is written to the audit log in the same transaction.
 */
export class UserAdministrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly councils: CouncilService,
    private readonly audit: AuditService,
  ) {}

  /** Every user, by email address (administrators only). */
  users(ctx: RequestContext): Promise<User[]> {
    assertIsAdministrator(viewerOf(ctx));
    return this.dataSource.manager.find(User, { order: { email: 'ASC' } });
  }

  /**
   * Changes a user's role (and council, for council roles); returns the user. Throws USER_NOT_FOUND,
   * ROLE_NEEDS_COUNCIL, LAST_ADMINISTRATOR, or FORBIDDEN for one's own account.
   */
  async changeRole(ctx: RequestContext, input: ChangeUserRoleInput): Promise<User> {
    assertCanManageUser(viewerOf(ctx), input.userId);
    if (isCouncilRole(input.role) !== Boolean(input.councilGssCode)) {
      throw new AuthError(
        AuthErrorCode.ROLE_NEEDS_COUNCIL,
        isCouncilRole(input.role) ? 'A council lead or member needs a council.' : 'Only council leads and members belong to a council.',
      );
    }
    const council = input.councilGssCode ? await this.councils.findByGssCodeOrThrow(ctx, input.councilGssCode) : null;
    return this.changeUser(ctx, input.userId, async (manager, user) => {
      await accountFunctions.changeUserRole(manager, user.id, input.role, council?.id ?? null);
      const from = ROLE_WORDS[user.role];
      const to = `${ROLE_WORDS[input.role]}${council ? ` of ${council.name}` : ''}`;
      return { action: AuditAction.USER_ROLE_CHANGED, summary: `Changed role from ${from} to ${to}` };
    });
  }

  /**
   * Disables a user: they cannot sign in, and their open sessions end and API tokens stop working at
   * once. Returns the user. Throws USER_NOT_FOUND, LAST_ADMINISTRATOR, or FORBIDDEN for one's own account.
   */
  disable(ctx: RequestContext, userId: string): Promise<User> {
    assertCanManageUser(viewerOf(ctx), userId);
    return this.changeUser(ctx, userId, async (manager, user) => {
      const ended = await accountFunctions.setUserDisabled(manager, user.id, true);
      return { action: AuditAction.USER_DISABLED, summary: `Disabled the account and ended ${sessionWords(ended)}` };
    });
  }

  /** Lets a disabled user sign in again (their ended sessions stay ended); returns the user. Throws USER_NOT_FOUND or FORBIDDEN. */
  enable(ctx: RequestContext, userId: string): Promise<User> {
    assertCanManageUser(viewerOf(ctx), userId);
    return this.changeUser(ctx, userId, async (manager, user) => {
      await accountFunctions.setUserDisabled(manager, user.id, false);
      return { action: AuditAction.USER_ENABLED, summary: 'Enabled the account' };
    });
  }

  /** Ends every open session of a user (they must sign in again); returns how many ended. Throws USER_NOT_FOUND or FORBIDDEN. */
  async endSessions(ctx: RequestContext, userId: string): Promise<number> {
    assertIsAdministrator(viewerOf(ctx));
    let ended = 0;
    await this.changeUser(ctx, userId, async (manager, user) => {
      ended = await accountFunctions.endUserSessions(manager, user.id);
      return { action: AuditAction.USER_SESSIONS_ENDED, summary: `Ended ${sessionWords(ended)}` };
    });
    return ended;
  }

  /**
   * Runs a change to one user in a transaction presenting the administrator's session (the database
   * functions check it again), records it, and returns the user as it now is. Throws
   * USER_NOT_FOUND, or LAST_ADMINISTRATOR when the change would leave no administrator who can sign in.
   */
  private async changeUser(
    ctx: RequestContext,
    userId: string,
    change: (manager: EntityManager, user: User) => Promise<{ action: AuditAction; summary: string }>,
  ): Promise<User> {
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId } });
      if (!user) throw new UserAdministrationError(UserAdministrationErrorCode.USER_NOT_FOUND, `No user with id ${userId}.`);
      const { action, summary } = await change(manager, user).catch((error: unknown) => {
        if (!isLastAdministratorRefusal(error)) throw error;
        throw new UserAdministrationError(
          UserAdministrationErrorCode.LAST_ADMINISTRATOR,
          `${user.email} is the only administrator who can sign in. Make someone else an administrator first.`,
        );
      });
      await this.audit.record(ctx, { action, subjectType: 'user', subject: user.email, summary }, manager);
      return manager.findOneByOrFail(User, { id: userId });
    });
  }
}

const sessionWords = (count: number) => (count === 1 ? '1 open session' : `${count} open sessions`);
