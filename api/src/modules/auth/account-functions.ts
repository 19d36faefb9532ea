import type { EntityManager } from 'typeorm';

import { presentSecrets } from '../../common/database/viewer-transaction';

import type { ApiTokenScope } from './api-token.scopes';

/**
 * The database functions that write account rows (migrations CheckAccountCredentialsInDatabase and
 * IssuePasswordResetsInDatabase).
 * The API's role has no other way to write sessions, users or tokens: each function checks the
 * credential it needs itself, a password's proof, an invitation's or reset link's hash, or the live
 * session presented with `withSession`. Each returns what the function returns.
 */
export const accountFunctions = {
  /** The password settings (PHC string without its hash) to prove the password with: made up for an email with no usable account. */
  passwordSettings: async (manager: EntityManager, email: string): Promise<string> =>
    (await manager.query(`SELECT touchstone_password_settings($1) AS settings`, [email]))[0].settings,

  /** Opens a session if the proof is the account's; the user's id, or null. */
  openSession: (manager: EntityManager, email: string, proof: string, tokenHash: string, hours: number): Promise<string | null> =>
    scalar(manager, `SELECT touchstone_open_session($1, $2, $3, $4) AS value`, [email, proof, tokenHash, hours]),

  /** Ends the session the token belongs to. */
  closeSession: async (manager: EntityManager, sessionToken: string): Promise<void> => {
    await manager.query(`SELECT touchstone_close_session($1)`, [sessionToken]);
  },

  /**
   * Sets an invited user's password (a PHC string) if the invitation is live; the user's id, or null.
   * Takes the token itself, not its hash: the API's role can read the hashes.
   */
  acceptInvitation: (manager: EntityManager, invitationToken: string, passwordHash: string): Promise<string | null> =>
    scalar(manager, `SELECT touchstone_accept_invitation($1, $2) AS value`, [invitationToken, passwordHash]),

  /** Uses up a live reset link (the token itself, not its hash), sets the password and ends the account's sessions; the user's id, or null. */
  resetPassword: (manager: EntityManager, resetToken: string, passwordHash: string): Promise<string | null> =>
    scalar(manager, `SELECT touchstone_reset_password($1, $2) AS value`, [resetToken, passwordHash]),

  /**
   * Makes a reset link for an active account with a password (the database draws the token, keeps
   * its hash, and queues the email for the mailer's role); does nothing for any other email, alike.
   */
  requestPasswordReset: async (manager: EntityManager, email: string, minutes: number): Promise<void> => {
    await manager.query(`SELECT touchstone_request_password_reset($1, $2)`, [email, minutes]);
  },

  /** Deletes reset links that expired more than a day ago (used or not); how many. */
  forgetOldPasswordResets: async (manager: EntityManager): Promise<number> =>
    Number(await scalar(manager, `SELECT touchstone_forget_old_password_resets() AS value`, [])),

  /** Invites a user (the session must be an administrator's, or a council lead's for their council); the new user's id. */
  inviteUser: async (
    manager: EntityManager,
    invitation: { email: string; role: string; councilId: string | null; tokenHash: string; days: number },
  ): Promise<string> =>
    (await scalar<string>(manager, `SELECT touchstone_invite_user($1, $2, $3, $4, $5) AS value`, [
      invitation.email,
      invitation.role,
      invitation.councilId,
      invitation.tokenHash,
      invitation.days,
    ]))!,

  /** Changes another user's role and council (an administrator's session). */
  changeUserRole: async (manager: EntityManager, userId: string, role: string, councilId: string | null): Promise<void> => {
    await manager.query(`SELECT touchstone_change_user_role($1, $2, $3)`, [userId, role, councilId]);
  },

  /** Disables or enables another user (an administrator's session); how many sessions disabling ended. */
  setUserDisabled: async (manager: EntityManager, userId: string, disabled: boolean): Promise<number> =>
    Number(await scalar(manager, `SELECT touchstone_set_user_disabled($1, $2) AS value`, [userId, disabled])),

  /** Ends a user's open sessions (an administrator's session); how many ended. */
  endUserSessions: async (manager: EntityManager, userId: string): Promise<number> =>
    Number(await scalar(manager, `SELECT touchstone_end_user_sessions($1) AS value`, [userId])),

  /** Creates an API token for the session's user; its id. */
  createApiToken: async (
    manager: EntityManager,
    token: { name: string; tokenHash: string; scopes: ApiTokenScope[]; days: number },
  ): Promise<string> =>
    (await scalar<string>(manager, `SELECT touchstone_create_api_token($1, $2, $3, $4) AS value`, [
      token.name,
      token.tokenHash,
      token.scopes,
      token.days,
    ]))!,

  /** Revokes a token of the session's user (any token, for an administrator) and what it made; false if there is no such token for them. */
  revokeApiToken: async (manager: EntityManager, tokenId: string): Promise<boolean> =>
    (await scalar<boolean>(manager, `SELECT touchstone_revoke_api_token($1) AS value`, [tokenId])) === true,
};

/** Presents the session's secret for the rest of the transaction, as the functions that need a live session read it. */
export const withSession = (manager: EntityManager, sessionToken: string): Promise<void> =>
  presentSecrets(manager, { secret: sessionToken });

/** True for touchstone_assert_another_administrator's refusal (SQLSTATE TSLA1): the change would leave no administrator who can sign in. */
export const isLastAdministratorRefusal = (error: unknown): boolean =>
  (error as { driverError?: { code?: string } })?.driverError?.code === 'TSLA1';

async function scalar<TValue>(manager: EntityManager, sql: string, params: unknown[]): Promise<TValue | null> {
  const [row]: { value: TValue | null }[] = await manager.query(sql, params);
  return row?.value ?? null;
}
