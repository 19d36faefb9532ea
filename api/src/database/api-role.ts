import type { DataSource } from 'typeorm';

import type { Config } from '../config';

import { giveRoleLogin } from './role-login';

/** The database role the migrations create for the API: it owns nothing and cannot bypass row-level security. */
export const API_ROLE = 'touchstone_api';

/**
 * Lets the API's role log in with the configured password (run as the owner at start-up), and
 * returns the URL the API connects with: API_DATABASE_URL if given, otherwise the owner's URL with
 * the API role's name and password.
 */
export async function prepareApiConnection(owner: DataSource, ownerUrl: string, config: Config): Promise<string> {
  if (config.API_DATABASE_URL) return config.API_DATABASE_URL;
  return giveRoleLogin(owner, ownerUrl, API_ROLE, config.API_DATABASE_PASSWORD);
}
