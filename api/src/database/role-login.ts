import { escapeLiteral } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Lets one of the roles the migrations create (NOLOGIN) log in with a password, run as the owner,
 * and returns the owner's URL with that role's name and password.
 */
export async function giveRoleLogin(owner: DataSource, ownerUrl: string, role: string, password: string): Promise<string> {
  const alter = `ALTER ROLE ${role} WITH LOGIN PASSWORD ${escapeLiteral(password)}`;
  // Roles belong to the whole server, so processes starting together (replicas, or test suites on
  // their own databases) can update the role's row at the same moment; PostgreSQL refuses the
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
  url.username = role;
  url.password = password;
  return url.toString();
}

const ROLE_UPDATE_ATTEMPTS = 5;

const isConcurrentRoleUpdate = (error: unknown): boolean => /tuple concurrently updated/.test(String((error as Error)?.message));
