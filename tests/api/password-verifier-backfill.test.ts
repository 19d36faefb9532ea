import { hashPassword } from '../../api/src/modules/auth/index';
import { passwordProof } from '../../api/src/modules/auth/password-hashing';
import { useTestDataSource } from '../support/database';

/** The migration that keeps only a verifier of each password hash (and every migration after it). */
const VERIFIER_MIGRATION_TIMESTAMP = 1796165201363;

describe('passwords stored before the database kept verifiers', () => {
  const suite = useTestDataSource(2);

  it('should be split into settings and a verifier by the migration, so their users still sign in', async () => {
    const { dataSource } = suite;
    await dataSource.runMigrations({ transaction: 'each' });
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM migrations WHERE timestamp >= $1`, [
      VERIFIER_MIGRATION_TIMESTAMP,
    ]);
    for (let i = 0; i < n; i++) await dataSource.undoLastMigration({ transaction: 'each' });

    // A user as the earlier schema stored one: the whole PHC string in password_hash.
    const phc = await hashPassword('larch meadow whistle');
    await dataSource.query(`INSERT INTO app_user (email, role, password_hash) VALUES ('earlier@example.org', 'pas_analyst', $1)`, [phc]);
    await dataSource.runMigrations({ transaction: 'each' });

    const [stored] = await dataSource.query(
      `SELECT password_hash, encode(password_verifier, 'hex') AS verifier FROM app_user WHERE email = 'earlier@example.org'`,
    );
    expect(stored.password_hash).toBe(phc.slice(0, phc.lastIndexOf('$')));
    const [{ settings }] = await dataSource.query(`SELECT touchstone_password_settings('earlier@example.org') AS settings`);
    expect(settings).toBe(stored.password_hash);
    const [{ matches }] = await dataSource.query(`SELECT sha256(decode($1, 'hex')) = decode($2, 'hex') AS matches`, [
      await passwordProof(settings, 'larch meadow whistle'),
      stored.verifier,
    ]);
    expect(matches).toBe(true);
  });
});
