import { errorCodes, useApp } from '../support/test-app';

const RECORD = `mutation ($gss: String!, $kind: CircumstanceKind!, $round: String!) { recordCircumstance(input: { councilGssCode: $gss, kind: $kind, round: $round }) { id kind source round } }`;
const GROUPS = `{ peerGroups { key label kind } }`;

describe('circumstances and peer groups', () => {
  const suite = useApp();

  it('should list the fixed peer groups: all, each type, each region and each circumstance', async () => {
    const groups = (await (await suite.t.as('analyst'))(GROUPS)).data!.peerGroups as { key: string; kind: string }[];
    expect(groups[0]).toMatchObject({ key: 'all', kind: 'ALL' });
    expect(groups.filter((g) => g.kind === 'REGION')).toHaveLength(9);
    expect(groups.map((g) => g.key)).toEqual(
      expect.arrayContaining([
        'type:district',
        'type:unitary',
        'circumstance:designated-or-at-risk',
        'circumstance:cash-strapped',
        'circumstance:cruising',
        'circumstance:high-performing',
        'circumstance:needs-support',
      ]),
    );
  });

  it('should record circumstances with the source that follows from who records them, per round', async () => {
    const lead = await suite.t.as('chesterfieldLead');
    const declared = await lead(RECORD, { gss: 'E07000034', kind: 'CASH_STRAPPED', round: '2026-27' });
    expect(declared.data!.recordCircumstance).toMatchObject({ kind: 'CASH_STRAPPED', source: 'SELF_DECLARED', round: '2026-27' });
    const assigned = await (await suite.t.as('analyst'))(RECORD, { gss: 'E07000034', kind: 'CRUISING', round: '2026-27' });
    expect(assigned.data!.recordCircumstance.source).toBe('PAS_ASSIGNED');
    // Recording the same thing twice keeps one record.
    expect((await lead(RECORD, { gss: 'E07000034', kind: 'CASH_STRAPPED', round: '2026-27' })).data!.recordCircumstance.id).toBe(
      declared.data!.recordCircumstance.id,
    );
    // A lead cannot declare another council's circumstances, nor see them.
    expect(errorCodes(await lead(RECORD, { gss: 'E06000001', kind: 'CASH_STRAPPED', round: '2026-27' }))[0].code).toBe('FORBIDDEN');
    expect(errorCodes(await lead(`{ circumstances(councilGssCode: "E06000001") { kind } }`))[0].code).toBe('FORBIDDEN');

    const own = (await lead(`{ circumstances(councilGssCode: "E07000034", round: "2026-27") { kind source } }`)).data!.circumstances;
    expect(own).toEqual(
      expect.arrayContaining([
        { kind: 'CASH_STRAPPED', source: 'SELF_DECLARED' },
        { kind: 'CRUISING', source: 'PAS_ASSIGNED' },
      ]),
    );

    // Only the recorder's kind of source can remove it.
    const pasRecord = assigned.data!.recordCircumstance.id;
    expect(errorCodes(await lead(`mutation { removeCircumstance(id: "${pasRecord}") }`))[0].reason).toBe('CIRCUMSTANCE_NOT_FOUND');
    expect((await (await suite.t.as('analyst'))(`mutation { removeCircumstance(id: "${pasRecord}") }`)).data!.removeCircumstance).toBe(
      true,
    );
  });

  it('should count official designations in the rounds they were in force', async () => {
    // Uttlesford: designated 8 February 2022, still in force; a warning letter counts only in its own round.
    const members = async (round: string) =>
      (
        await suite.t.dataSource.query(
          `SELECT c.gss_code FROM council_circumstance cc JOIN council c ON c.id = cc.council_id
        WHERE cc.round = $1 OR (cc.round IS NULL AND cc.starts_on <= $3 AND (cc.ends_on IS NULL OR cc.ends_on >= $2))`,
          [round, `${round.slice(0, 4)}-04-01`, `${Number(round.slice(0, 4)) + 1}-03-31`],
        )
      ).map((r: { gss_code: string }) => r.gss_code);
    expect(await members('2021-22')).toContain('E07000077');
    expect(await members('2025-26')).toContain('E07000077');
    expect(await members('2023-24')).toContain('E08000033'); // Calderdale's warning letter
    expect(await members('2024-25')).not.toContain('E08000033');
  });
});
