import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every benchmark read (position, sector view, matrix, and each one served again from a recorded
 * release) reads its framework's benchmark_data_version, a view summing the version's slot rows,
 * once to check the recorded release and again inside the figures' statement. Sent afresh, that
 * read was planned every time (the view's grouping), about as much database time as running it.
 * touchstone_benchmark_data_version is the same query in a function whose generic plan the server
 * keeps for the connection. It runs as its caller and reads only what the view already shows the
 * API role: a counter, no council's data.
 */
export class ReadBenchmarkDataVersionWithCachedPlan1796177221038 implements MigrationInterface {
  name = 'ReadBenchmarkDataVersionWithCachedPlan1796177221038';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION touchstone_benchmark_data_version(p_framework uuid)
      RETURNS TABLE (version double precision)
      LANGUAGE sql STABLE SECURITY INVOKER
      SET search_path = public
      SET plan_cache_mode = force_generic_plan
      AS $$ SELECT v.version::float8 FROM benchmark_data_version v WHERE v.framework_id = p_framework $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION touchstone_benchmark_data_version(uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION touchstone_benchmark_data_version(uuid) TO touchstone_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION touchstone_benchmark_data_version(uuid)`);
  }
}
