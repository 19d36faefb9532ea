/**
 * The councils a user reaches beyond their own, as SQL expressions of one value each (a JSON array
 * of council ids), so that the look-up every request makes of its session can fold them into its
 * own statement rather than ask for them one round trip at a time. The collaboration module owns
 * these tables; this is the only SQL outside it that reads them.
 */

/**
 * Councils whose agreed ratings the given council's users may read: partners in a group where both
 * consent (a council that has withdrawn neither sees nor is seen). councilIdSql is a column or a
 * parameter, never a value.
 */
export const consentingPartnerIdsSql = (councilIdSql: string): string =>
  `(SELECT coalesce(json_agg(DISTINCT other.council_id), '[]')
      FROM collaboration_member own
      JOIN collaboration_member other ON other.group_id = own.group_id AND other.council_id <> own.council_id
     WHERE own.council_id = ${councilIdSql} AND own.consented_at IS NOT NULL AND other.consented_at IS NOT NULL)`;

/** Councils that share their identified results with PAS. */
export const PAS_SHARING_COUNCIL_IDS_SQL = `(SELECT coalesce(json_agg(council_id), '[]') FROM pas_sharing)`;
