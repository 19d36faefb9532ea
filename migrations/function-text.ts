import type { QueryRunner } from 'typeorm';

/**
 * Rewrites a function from its definition as the database now holds it, replacing each text of
 * `from` (which must be there) by the text of `to` at the same place, so a migration names only the
 * lines it changes and its down() is the same call the other way round.
 */
export async function replaceInFunction(queryRunner: QueryRunner, signature: string, from: string[], to: string[]): Promise<void> {
  const [{ definition }]: { definition: string }[] = await queryRunner.query(`SELECT pg_get_functiondef($1::regprocedure) AS definition`, [
    signature,
  ]);
  let rewritten = definition;
  for (const [i, text] of from.entries()) {
    if (!rewritten.includes(text)) throw new Error(`${signature} does not contain "${text}"`);
    rewritten = rewritten.split(text).join(to[i]);
  }
  await queryRunner.query(rewritten);
}
