import { type DataSource, IsNull, MoreThan, Not } from 'typeorm';

import type { RequestContext } from '../../common/request-context';

import { accountFunctions } from './account-functions';
import { accountLink } from './account-links';
import { AuthError, AuthErrorCode } from './auth.errors';
import { assertPasswordNotCommon } from './common-passwords';
import type { Mailer } from './mail/mailer';
import { passwordResetMail } from './mail/password-reset.mail';
import type { PasswordHashQueue } from './password-hash-queue';
import { PasswordReset } from './password-reset.entity';
import { hashToken, newToken, normaliseEmail } from './secrets';
import { isRefusal, type SignInLimits } from './sign-in-limits';
import { tooManyAttempts } from './sign-in-refusals';
import { User } from './user.entity';

export type PasswordResetPolicy = {
  /** How long a link works. */
  minutes: number;
  /** Where the dashboard is: links point at <publicOrigin>/reset-password#token=…. */
  publicOrigin: string;
};

const LINK_INVALID =
  'This password reset link is not valid: it may have been used already, replaced by a newer one, or have expired. Ask for a new one.';

/**
 * Forgotten passwords: a single-use, expiring link sent by email, stored only as a hash. Whether
 * an address has an account is never revealed: every request gets the same answer, at once, and
 * the email (if there is an account) is sent afterwards.
 */
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limits: SignInLimits,
    private readonly hashing: PasswordHashQueue,
    private readonly mailer: Mailer,
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
    this.pending = this.issue(email).catch((error: unknown) => this.log('Could not send a password reset email', error));
  }

  /** The email most recently being issued, for tests and shutdown to wait on. */
  pending: Promise<void> = Promise.resolve();

  private async issue(email: string): Promise<void> {
    const manager = this.dataSource.manager;
    const user = await manager.findOne(User, { where: { email, passwordHash: Not(IsNull()), disabledAt: IsNull() } });
    if (!user) return;
    const token = newToken('tsr');
    await this.dataSource.transaction(async (tx) => {
      // Only the newest link works: an older one in a mailbox is no longer a way in.
      await tx.update(PasswordReset, { userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
      await tx.insert(PasswordReset, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + this.policy.minutes * 60_000),
      });
    });
    const link = accountLink(this.policy.publicOrigin, 'resetPassword', token);
    await this.mailer.send(passwordResetMail(user.email, link, this.policy.minutes));
  }

  /** Deletes links that expired more than a day ago (used or not); returns how many. */
  async forgetOld(): Promise<number> {
    const [, count] = await this.dataSource.manager.query(`DELETE FROM password_reset WHERE expires_at < now() - interval '1 day'`);
    return Number(count);
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
