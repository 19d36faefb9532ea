import { escapeLiteral } from 'pg';
import type { DataSource } from 'typeorm';

import type { Config } from '../config';

/** The database role the migrations create for the API: it owns nothing and cannot bypass row-level security. */
export const API_ROLE = 'touchstone_api';

/**
 * Lets the API's role log in with the configured password (run as the owner at start-up), and
 * returns the URL the API connects with: API_DATABASE_URL if given, otherwise the owner's URL with
 * the API role's name and password.
 */
export async function prepareApiConnection(owner: DataSource, ownerUrl: string, config: Config): Promise<string> {
  if (config.API_DATABASE_URL) return config.API_DATABASE_URL;
  const alter = `ALTER ROLE ${API_ROLE} WITH LOGIN PASSWORD ${escapeLiteral(config.API_DATABASE_PASSWORD)}`;
  // Roles belong to the whole server, so API processes starting together (replicas, or test suites
  // on their own databases) can update the role's row at the same moment; PostgreSQL refuses the
  // loser with "tuple concurrently updated". Setting the same password again is harmless.
  for (let attempt = 1; ; attempt++) {
    try {
      await owner.query(alter);
      break;
    } catch (error) {
      if (attempt >= ROLE_UPDATE_ATTEMPTS || !isConcurrentRoleUpdate(error)) throw error;
    }
  }
  const url = new URL(ownerUrl);
  url.username = API_ROLE;
  url.password = config.API_DATABASE_PASSWORD;
  return url.toString();
}

const ROLE_UPDATE_ATTEMPTS = 5;

const isConcurrentRoleUpdate = (error: unknown): boolean => /tuple concurrently updated/.test(String((error as Error)?.message));
