import type { DataSource } from 'typeorm';

import type { Config } from '../config';

import { giveRoleLogin } from './role-login';

/** The database role the migrations create for sending account email: it reads and clears the outbox (account_mail), and nothing else. */
export const MAILER_ROLE = 'touchstone_mailer';

/**
 * Lets the mailer's role log in with the configured password (run as the owner at start-up), and
 * returns the URL the mail worker connects with: MAILER_DATABASE_URL if given, otherwise the
 * owner's URL with the mailer role's name and password.
 */
export async function prepareMailerConnection(owner: DataSource, ownerUrl: string, config: Config): Promise<string> {
  if (config.MAILER_DATABASE_URL) return config.MAILER_DATABASE_URL;
  return giveRoleLogin(owner, ownerUrl, MAILER_ROLE, config.MAILER_DATABASE_PASSWORD);
}
