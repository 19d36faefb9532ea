import { type DataSource, type EntityManager, IsNull, Not } from 'typeorm';

import { assertCanManageUser, assertIsAdministrator } from '../../common/auth/access-policy';
import { UserRole } from '../../common/auth/viewer';
import { type RequestContext, viewerOf } from '../../common/request-context';
import { AuditAction, type AuditService } from '../audit/index';
import type { CouncilService } from '../council/index';

import { AuthError, AuthErrorCode } from './auth.errors';
import type { ChangeUserRoleInput } from './dto/user-administration.inputs';
import { User } from './user.entity';
import { UserAdministrationError, UserAdministrationErrorCode } from './user-administration.errors';
import { UserSession } from './user-session.entity';

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
      if (user.role === UserRole.ADMINISTRATOR && input.role !== UserRole.ADMINISTRATOR)
        await this.assertAnotherAdministrator(manager, user);
      await manager.update(User, { id: user.id }, { role: input.role, councilId: council?.id ?? null });
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
      if (user.role === UserRole.ADMINISTRATOR) await this.assertAnotherAdministrator(manager, user);
      await manager.update(User, { id: user.id }, { disabledAt: user.disabledAt ?? new Date() });
      const ended = await this.endOpenSessions(manager, user.id);
      return { action: AuditAction.USER_DISABLED, summary: `Disabled the account and ended ${sessionWords(ended)}` };
    });
  }

  /** Lets a disabled user sign in again (their ended sessions stay ended); returns the user. Throws USER_NOT_FOUND or FORBIDDEN. */
  enable(ctx: RequestContext, userId: string): Promise<User> {
    assertCanManageUser(viewerOf(ctx), userId);
    return this.changeUser(ctx, userId, async (manager, user) => {
      await manager.update(User, { id: user.id }, { disabledAt: null });
      return { action: AuditAction.USER_ENABLED, summary: 'Enabled the account' };
    });
  }

  /** Ends every open session of a user (they must sign in again); returns how many ended. Throws USER_NOT_FOUND or FORBIDDEN. */
  async endSessions(ctx: RequestContext, userId: string): Promise<number> {
    assertIsAdministrator(viewerOf(ctx));
    let ended = 0;
    await this.changeUser(ctx, userId, async (manager, user) => {
      ended = await this.endOpenSessions(manager, user.id);
      return { action: AuditAction.USER_SESSIONS_ENDED, summary: `Ended ${sessionWords(ended)}` };
    });
    return ended;
  }

  /** Runs a change to one user in a transaction (the user's row locked), records it, and returns the user as it now is. */
  private async changeUser(
    ctx: RequestContext,
    userId: string,
    change: (manager: EntityManager, user: User) => Promise<{ action: AuditAction; summary: string }>,
  ): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new UserAdministrationError(UserAdministrationErrorCode.USER_NOT_FOUND, `No user with id ${userId}.`);
      const { action, summary } = await change(manager, user);
      await this.audit.record(ctx, { action, subjectType: 'user', subject: user.email, summary }, manager);
      return manager.findOneByOrFail(User, { id: userId });
    });
  }

  /** Throws LAST_ADMINISTRATOR unless an administrator other than this one can still sign in. */
  private async assertAnotherAdministrator(manager: EntityManager, user: User): Promise<void> {
    // Locking every administrator's row makes two administrators demoting each other at once take turns.
    const others = await manager.find(User, {
      where: { role: UserRole.ADMINISTRATOR, disabledAt: IsNull(), passwordHash: Not(IsNull()), id: Not(user.id) },
      lock: { mode: 'pessimistic_write' },
    });
    if (others.length === 0)
      throw new UserAdministrationError(
        UserAdministrationErrorCode.LAST_ADMINISTRATOR,
        `${user.email} is the only administrator who can sign in. Make someone else an administrator first.`,
      );
  }

  private async endOpenSessions(manager: EntityManager, userId: string): Promise<number> {
    const result = await manager.update(UserSession, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }
}

const sessionWords = (count: number) => (count === 1 ? '1 open session' : `${count} open sessions`);
