import { attackAs, bothServedAndDiffer, CHESTERFIELD, positionFigures, spreadLevels, submit, useWorld } from './support';

/**
 * Finding 3 of issue 14: early submitters. A round, and a window that adds the next round, have the
 * same councils in them, but one council has already submitted for the new round: its submission in
 * the window differs from its submission in the round, so comparing the two gives its levels (both
 * old and new). Played through the API as a council's lead.
 */
describe('adversary: early submitters', () => {
  const suite = useWorld();

  it('should not serve both a round and a window in which one council has submitted again', async () => {
    const { world, attacker: lead, round: earlier } = await attackAs(suite, 'chesterfieldLead');
    const round = world.freshRound();
    const [early, ...rest] = world.peers;
    const regulars = rest.slice(0, 12);
    const oldLevels = world.sections.map(() => 0 as const);
    const newLevels = world.sections.map(() => 2 as const);
    await submit(world, earlier, [
      { id: early.id, levels: oldLevels },
      ...regulars.map((c, i) => ({ id: c.id, levels: spreadLevels(i, world.sections.length) })),
      { id: world.councilId(CHESTERFIELD), levels: [1] },
    ]);
    // The same councils contribute to both cuts below; only the early council's submission differs.
    await submit(world, round, [{ id: early.id, levels: newLevels }]);

    const [inRound] = await positionFigures(lead, CHESTERFIELD, earlier, ['all'], 1);
    const [inWindow] = await positionFigures(lead, CHESTERFIELD, round, ['all'], 2);

    expect([...inRound.values()].every((f) => !f.suppressed)).toBe(true);
    for (const section of world.sections) {
      // Were both served, moving one council from the lowest level to the highest would show in the counts.
      expect(bothServedAndDiffer(inRound.get(section.key), inWindow.get(section.key))).toBe(false);
      expect(inWindow.get(section.key)).toMatchObject({ suppressed: true, median: null, distribution: null });
    }
  });
});
