import type { DataSource } from 'typeorm';

/** The councils that share agreed ratings with a council: both consenting members of a collaboration group with it, read by the owner. */
export async function consentingPartnersOf(owner: DataSource, councilId: string): Promise<string[]> {
  const rows: { council_id: string }[] = await owner.query(
    `SELECT DISTINCT other.council_id FROM collaboration_member own
       JOIN collaboration_member other ON other.group_id = own.group_id AND other.council_id <> own.council_id
      WHERE own.council_id = $1 AND own.consented_at IS NOT NULL AND other.consented_at IS NOT NULL`,
    [councilId],
  );
  return rows.map((r) => r.council_id);
}
