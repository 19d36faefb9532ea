import type { MigrationInterface, QueryRunner } from 'typeorm';

import { replaceInFunction } from './function-text';

const GROUP_STATS = 'touchstone_group_stats(uuid, text[], text, jsonb, uuid)';

/** The peers' MAD where the viewer's council contributes, as touchstone_group_stats worked it out before. */
const MAD_BY_SORTING = `(SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(x - p.quartiles[2]))
                              FROM unnest(p.scores) WITH ORDINALITY u(x, i) WHERE i <> p.own)`;
const MAD_BY_SEARCH = `touchstone_mad_without(p.scores, p.own, p.quartiles[2])`;

/**
 * The peers' median absolute deviation, where the viewer's council contributes to a group and its
 * score is taken out, is found by a binary search over the group's stored sorted scores instead of
 * by sorting every other council's distance from the median again.
 *
 * A council position takes the viewer out of most of its cells (every cell of a group it is in),
 * and each of those sorted all the other councils' distances in a subquery of its own: about half
 * of touchstone_group_stats's time on a first read at sector scale. The k values nearest the median
 * are k consecutive ones of the sorted scores, and the window's farther end is the k-th smallest
 * distance, so a binary search over where the window starts finds it in a few steps; the next
 * smallest distance, for an even count, is the nearer of the window's two neighbours. The answer is
 * the same number percentile_cont gives (the same subtractions, the same interpolation), which
 * tests/api/mad-without.test.ts checks against it over random scores with ties.
 */
export class MeasureSpreadWithoutViewerBySearch1796165907093 implements MigrationInterface {
  name = 'MeasureSpreadWithoutViewerBySearch1796165907093';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION touchstone_mad_without(sorted double precision[], skip int, centre double precision)
      RETURNS double precision LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        t double precision[] := sorted[:skip - 1] || sorted[skip + 1:];
        n int := cardinality(t);
        pos double precision := (n - 1) * 0.5;
        -- percentile_cont(0.5) interpolates between the k-th and (k+1)-th smallest distance (the same k-th for an odd count).
        k int := floor(pos)::int + 1;
        lo int := 1;
        hi int := n - k + 2;
        mid int;
        from_right double precision := 'Infinity';
        from_left double precision := 'Infinity';
        first_at int;
        kth double precision;
        next double precision;
      BEGIN
        IF n = 0 THEN RETURN NULL; END IF;
        -- The first window start a where t[a + k - 1] is at least as far above centre as t[a] is below it.
        WHILE lo < hi LOOP
          mid := (lo + hi) / 2;
          IF t[mid + k - 1] - centre >= centre - t[mid] THEN hi := mid; ELSE lo := mid + 1; END IF;
        END LOOP;
        -- The best window is that one (its right end the farther) or the one before it (its left end the farther).
        IF lo <= n - k + 1 THEN from_right := abs(t[lo + k - 1] - centre); END IF;
        IF lo > 1 THEN from_left := abs(t[lo - 1] - centre); END IF;
        first_at := CASE WHEN from_right <= from_left THEN lo ELSE lo - 1 END;
        kth := least(from_right, from_left);
        IF floor(pos) = ceil(pos) THEN RETURN kth; END IF;
        next := least(CASE WHEN first_at > 1 THEN abs(t[first_at - 1] - centre) ELSE 'Infinity' END,
                      CASE WHEN first_at + k <= n THEN abs(t[first_at + k] - centre) ELSE 'Infinity' END);
        RETURN kth + (next - kth) * (pos - floor(pos));
      END $$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION touchstone_mad_without(double precision[], int, double precision) IS 'The median absolute deviation from centre (their median) of the ascending values with the one at position skip left out, as percentile_cont(0.5) gives it.'`,
    );
    await replaceInFunction(queryRunner, GROUP_STATS, [MAD_BY_SORTING], [MAD_BY_SEARCH]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await replaceInFunction(queryRunner, GROUP_STATS, [MAD_BY_SEARCH], [MAD_BY_SORTING]);
    await queryRunner.query(`DROP FUNCTION touchstone_mad_without(double precision[], int, double precision)`);
  }
}
