import type { DataSource } from 'typeorm';

/**
 * Lets one of the roles the migrations create (NOLOGIN) log in with a password, run as the owner,
 * and returns the owner's URL with that role's name and password.
 */
export async function giveRoleLogin(owner: DataSource, ownerUrl: string, role: string, password: string): Promise<string> {
  // ALTER ROLE takes no parameters, and a failed statement's text is logged (with PostgreSQL's
  // context, which quotes it): the password travels as a parameter into a setting of this
  // transaction, the statement reads it from there, and an error is raised again without the context.
  const alter = (manager: DataSource['manager']) =>
    manager.transaction(async (tx) => {
      await tx.query(`SELECT set_config('touchstone.role_password', $1, true)`, [password]);
      await tx.query(`DO $$ BEGIN
        EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', '${role}', current_setting('touchstone.role_password'));
      EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = SQLERRM;
      END $$`);
    });
  // Roles belong to the whole server, so processes starting together (replicas, or test suites on
  // their own databases) can update the role's row at the same moment; PostgreSQL refuses the
  // loser with "tuple concurrently updated". Setting the same password again is harmless.
  for (let attempt = 1; ; attempt++) {
    try {
      await alter(owner.manager);
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
