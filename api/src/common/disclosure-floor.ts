/**
 * The fewest councils any anonymised figure may describe, whatever is configured: the same number
 * as the database's touchstone_disclosure_floor(), below which no reviewed function returns a
 * figure (tests/api/benchmark.test.ts checks that the two agree). Kept in common/ so that config
 * validation and the disclosure module (benchmark/disclosure.ts) read one constant.
 */
export const DISCLOSURE_FLOOR = 3;
