import { type DataSource, IsNull, MoreThan } from 'typeorm';

import type { RequestContext } from '../../common/request-context';

import { accountFunctions } from './account-functions';
import { AuthError, AuthErrorCode } from './auth.errors';
import { assertPasswordNotCommon } from './common-passwords';
import type { PasswordHashQueue } from './password-hash-queue';
import { PasswordReset } from './password-reset.entity';
import { hashToken, normaliseEmail } from './secrets';
import { isRefusal, type SignInLimits } from './sign-in-limits';
import { tooManyAttempts } from './sign-in-refusals';

export type PasswordResetPolicy = {
  /** How long a link works. */
  minutes: number;
};

const LINK_INVALID =
  'This password reset link is not valid: it may have been used already, replaced by a newer one, or have expired. Ask for a new one.';

/**
 * Forgotten passwords: a single-use, expiring link sent by email, stored only as a hash. The
 * database makes the link (touchstone_request_password_reset) and queues its email for the mail
 * worker, whose role alone reads the outbox (mail/account-mail-worker.ts): the API never holds a
 * working link. Whether an address has an account is never revealed: every request gets the same
 * answer, at once, and the email (if there is an account) is sent afterwards.
 */
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limits: SignInLimits,
    private readonly hashing: PasswordHashQueue,
    private readonly policy: PasswordResetPolicy,
    private readonly log: (message: string, error?: unknown) => void = console.error,
  ) {}

  /**
   * Sends a reset link if the email belongs to an active account, and nothing otherwise; returns
   * before either, so the answer is the same. Throws TOO_MANY_ATTEMPTS when this email or address
   * has asked too often (counted alike whether or not the account exists).
   */
  async request(ctx: RequestContext, emailInput: string): Promise<void> {
    const email = normaliseEmail(emailInput);
    const reservation = await this.limits.reservePasswordReset(email, ctx.ip);
    if (isRefusal(reservation)) throw tooManyAttempts(reservation);
    // Not awaited, so the answer does not wait on the database's work for an account that exists.
    this.pending = accountFunctions
      .requestPasswordReset(this.dataSource.manager, email, this.policy.minutes)
      .catch((error: unknown) => this.log('Could not issue a password reset link', error));
  }

  /** The link most recently being issued (queued for the mail worker), for tests and shutdown to wait on. */
  pending: Promise<void> = Promise.resolve();

  /** Deletes links that expired more than a day ago (used or not); returns how many. */
  forgetOld(): Promise<number> {
    return accountFunctions.forgetOldPasswordResets(this.dataSource.manager);
  }

  /**
   * Sets a new password with a reset link's token, uses the link up, and ends every session of the
   * account. Throws PASSWORD_TOO_COMMON, PASSWORD_RESET_INVALID (unknown, used, replaced or expired
   * link) or PASSWORD_CHECKS_BUSY.
   */
  async reset(resetToken: string, password: string): Promise<void> {
    assertPasswordNotCommon(password);
    const tokenHash = hashToken(resetToken);
    const manager = this.dataSource.manager;
    // Checked before hashing, so a made-up token costs no hash.
    if (!(await manager.exists(PasswordReset, { where: { tokenHash, usedAt: IsNull(), expiresAt: MoreThan(new Date()) } })))
      throw new AuthError(AuthErrorCode.PASSWORD_RESET_INVALID, LINK_INVALID);
    const passwordHash = await this.hashing.hash(password);
    // The database uses the link up, sets the password and signs the account out everywhere, in one call.
    if (!(await accountFunctions.resetPassword(manager, resetToken, passwordHash)))
      throw new AuthError(AuthErrorCode.PASSWORD_RESET_INVALID, LINK_INVALID);
  }
}
