import {
  attackAs,
  bothServedAndDiffer,
  CHESTERFIELD,
  type Levels,
  levelBySubtraction,
  positionFigures,
  spreadLevels,
  submit,
  useWorld,
} from './support';

/**
 * Finding 4 of issue 14: per-subject contributors. Two groups whose submitters differ by five are
 * both served, but four of the five left a section unanswered, so that section's contributors
 * differ by one, and subtracting one group's counts from the other's gives the fifth council's
 * level there. Played through the API as a council's lead, in one request and in two.
 */
describe('adversary: per-subject contributors', () => {
  const suite = useWorld();

  /** Ten councils in both groups, five more in the larger: four of those leave the first section unanswered. */
  async function twoGroups(round: string) {
    const { world } = suite;
    const { t } = world;
    const base = world.peers.slice(0, 10);
    const extra = world.peers.slice(10, 15);
    const [target, ...silent] = extra;
    const setCircumstance = (kind: string, councils: { id: string }[]) =>
      Promise.all(
        councils.map((c) =>
          t.dataSource.query(`INSERT INTO council_circumstance (council_id, kind, source, round) VALUES ($1, $2, 'pas_assigned', $3)`, [
            c.id,
            kind,
            round,
          ]),
        ),
      );
    await setCircumstance('cruising', base);
    await setCircumstance('cash_strapped', [...base, ...extra]);
    const answered = (i: number): Levels => spreadLevels(i, world.sections.length);
    await submit(world, round, [
      ...base.map((c, i) => ({ id: c.id, levels: answered(i) })),
      { id: target.id, levels: world.sections.map(() => 2 as const) },
      ...silent.map((c, i) => ({ id: c.id, levels: [null, ...answered(i + 20).slice(1)] })),
      ...world.peers.slice(15, 40).map((c, i) => ({ id: c.id, levels: answered(i + 40) })),
      { id: world.councilId(CHESTERFIELD), levels: [1] },
    ]);
    return { base, section: world.sections[0].key };
  }

  it('should not give the level of the one council that answered a section, in one request', async () => {
    const { world, attacker: lead, round } = await attackAs(suite, 'chesterfieldLead');
    const { base, section } = await twoGroups(round);
    const [cashStrapped, cruising] = await positionFigures(lead, CHESTERFIELD, round, [
      'circumstance:cash-strapped',
      'circumstance:cruising',
    ]);
    expect(levelBySubtraction(cashStrapped.get(section), cruising.get(section), base.length)).toBeNull();
    expect(bothServedAndDiffer(cashStrapped.get(section), cruising.get(section))).toBe(false);
    // The groups differ by five councils in the other sections, so those are still served in both.
    const other = world.sections[1].key;
    expect([cashStrapped.get(other)!.suppressed, cruising.get(other)!.suppressed]).toEqual([false, false]);
  });

  it('should not give the level of the one council that answered a section, across two requests', async () => {
    const { attacker: lead, round } = await attackAs(suite, 'chesterfieldLead');
    const { base, section } = await twoGroups(round);
    const [cruising] = await positionFigures(lead, CHESTERFIELD, round, ['circumstance:cruising']);
    const [cashStrapped] = await positionFigures(lead, CHESTERFIELD, round, ['circumstance:cash-strapped']);
    expect(cruising.get(section)!.suppressed).toBe(false);
    expect(levelBySubtraction(cashStrapped.get(section), cruising.get(section), base.length)).toBeNull();
    expect(bothServedAndDiffer(cashStrapped.get(section), cruising.get(section))).toBe(false);
  });
});
