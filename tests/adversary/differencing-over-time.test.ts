import { attackAs, bothServedAndDiffer, levelBySubtraction, sectorFigures, spreadLevels, submit, useWorld } from './support';

/**
 * Finding 1 of issue 14: differencing over time. A PAS analyst assigns a circumstance to a council
 * that shares with nobody, reads the sector view, removes the circumstance and reads it again. The
 * circumstance group's counts per level, before and after, would give that council's level in
 * every section. Played through the API as the PAS analyst.
 */
describe('adversary: differencing over time', () => {
  const suite = useWorld();

  it('should recover no level of a council a PAS analyst adds to a circumstance group and removes again', async () => {
    const { world, t, attacker: analyst, round } = await attackAs(suite, 'analyst');
    const [target, ...rest] = world.peers;
    const group = rest.slice(0, 10);
    // Everyone submits; the target's levels are what the attacker is after.
    const targetLevels = world.sections.map((_, i) => (i % 3) as 0 | 1 | 2);
    await submit(world, round, [
      { id: target.id, levels: targetLevels },
      ...rest.slice(0, 30).map((c, i) => ({ id: c.id, levels: spreadLevels(i, world.sections.length) })),
    ]);
    const shared = await t.dataSource.query(`SELECT 1 FROM pas_sharing WHERE council_id = $1`, [target.id]);
    expect(shared).toEqual([]);

    const assign = async (gss: string) => {
      const response = await analyst(`mutation ($input: RecordCircumstanceInput!) { recordCircumstance(input: $input) { id } }`, {
        input: { councilGssCode: gss, kind: 'CASH_STRAPPED', round },
      });
      expect(response.errors).toBeUndefined();
      return response.data!.recordCircumstance.id as string;
    };
    for (const council of group) await assign(council.gss_code);

    const without = await sectorFigures(analyst, round, 'circumstance:cash-strapped');
    const id = await assign(target.gss_code);
    const withTarget = await sectorFigures(analyst, round, 'circumstance:cash-strapped');
    const removed = await analyst(`mutation ($id: ID!) { removeCircumstance(id: $id) }`, { id });
    expect(removed.errors).toBeUndefined();
    const afterRemoval = await sectorFigures(analyst, round, 'circumstance:cash-strapped');

    // The attack: subtract the group's counts without the target from its counts with it.
    const recovered = world.sections.map((s) => levelBySubtraction(withTarget.get(s.key), without.get(s.key), group.length));
    expect(recovered.filter((level) => level !== null)).toEqual([]);
    for (const section of world.sections) {
      expect(bothServedAndDiffer(withTarget.get(section.key), without.get(section.key))).toBe(false);
      expect(bothServedAndDiffer(withTarget.get(section.key), afterRemoval.get(section.key))).toBe(false);
    }
    // The figures about the group without the target are still served, and the same as before.
    expect([...without.values()].some((f) => !f.suppressed)).toBe(true);
    expect([...afterRemoval.values()]).toEqual([...without.values()]);
    // The withheld figures say why, in plain words.
    const withheld = [...withTarget.values()].find((f) => f.suppressed);
    expect(withheld?.suppressionReason).toMatch(/differ from those of a figure already published by fewer than 5/);
  });
});
