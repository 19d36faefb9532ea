import { SUBMIT_COMPLETED } from '../support/operations';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * Finding 2 of the disclosure audit, played as an adversary would with the roles' ordinary calls:
 * two council leads self-declare "designated" and submit all-poor and all-excellent, hoping to lift
 * the small "designated or in danger of designation" group over the threshold, so that its
 * quartiles become the real members' own scores. Self-declared circumstances must never enlarge a
 * group, and a designation counts only when it is official.
 */

const FRAMEWORK = 'dm-challenge-toolkit';
const ROUND = '2040-41';
const GROUP = 'circumstance:designated-or-at-risk';
const COLLUDERS = { chesterfieldLead: 'E07000034', hartlepoolLead: 'E06000001' } as const;
/** Uttlesford's s62A designation is in the reference data and still in force; the other two are recorded as official by an administrator. */
const UTTLESFORD = 'E07000077';
const BOLSOVER = 'E07000033';

type Framework = {
  sections: { key: string; items: { key: string }[] }[];
  dimensions: { key: string; levels: { key: string; position: number }[] }[];
};
type Comparison = {
  peerGroup: { key: string };
  suppressed: boolean;
  contributorsBand: string;
  median: number | null;
  lowerQuartile: number | null;
  upperQuartile: number | null;
};

const POSITION = `query ($gss: String!, $round: String!, $groups: [String!]) {
  councilPosition(councilGssCode: $gss, frameworkKey: "${FRAMEWORK}", round: $round, peerGroupKeys: $groups) {
    subjects { key comparisons { peerGroup { key } suppressed contributorsBand median lowerQuartile upperQuartile } }
  }
}`;
const SECTOR = `query ($round: String!) {
  sectorView(frameworkKey: "${FRAMEWORK}", round: $round) {
    cells { sectionKey peerGroupKey suppressed contributorsBand median lowerQuartile upperQuartile }
  }
}`;
const RECORD = `mutation ($gss: String!, $kind: CircumstanceKind!, $round: String!) {
  recordCircumstance(input: { councilGssCode: $gss, kind: $kind, round: $round }) { id source }
}`;

describe('adversary: colluders self-declaring a circumstance', () => {
  let t: TestApp;
  let framework: Framework;
  let admin: GraphQLClient;
  /** The level (position) each real member rates every statement, and the section score that gives. */
  const realMembers: { gss: string; position: number }[] = [];
  let levelCount: number;

  /** Submits one assessment for the council through the API, every statement rated at the level in this position. */
  async function submitAll(client: GraphQLClient, gss: string, position: number): Promise<void> {
    const dimension = framework.dimensions[0];
    const level = dimension.levels.find((l) => l.position === position)!;
    const response = await client(SUBMIT_COMPLETED, {
      input: {
        councilGssCode: gss,
        frameworkKey: FRAMEWORK,
        round: ROUND,
        participants: [],
        agreedRatings: framework.sections.flatMap((s) => s.items.map((i) => ({ itemKey: i.key, levelKey: level.key }))),
      },
    });
    expect(response.errors).toBeUndefined();
  }
  const londonBoroughs = async (): Promise<string[]> =>
    (await t.dataSource.query(`SELECT gss_code FROM council WHERE type = 'london_borough' ORDER BY gss_code LIMIT 6`)).map(
      (r: { gss_code: string }) => r.gss_code,
    );
  const scoreOf = (position: number) => (100 * position) / (levelCount - 1);

  beforeAll(async () => {
    t = await startTestApp({ env: { DISCLOSURE_MIN_COUNCILS: '5' } });
    admin = await t.as('admin');
    framework = (
      await admin(`{ framework(key: "${FRAMEWORK}") { sections { key items { key } } dimensions { key levels { key position } } } }`)
    ).data!.framework;
    levelCount = framework.dimensions[0].levels.length;

    // The real members: Uttlesford (designated) and two councils an administrator records as officially at risk.
    const [unitary, metropolitan] = await t.dataSource.query(
      `(SELECT gss_code FROM council WHERE type = 'unitary' AND gss_code <> $1 ORDER BY gss_code LIMIT 1)
       UNION ALL (SELECT gss_code FROM council WHERE type = 'metropolitan_borough' AND region <> 'London' ORDER BY gss_code LIMIT 1)`,
      [COLLUDERS.hartlepoolLead],
    );
    for (const gss of [unitary.gss_code, metropolitan.gss_code]) {
      const recorded = await admin(RECORD, { gss, kind: 'AT_RISK_OF_DESIGNATION', round: ROUND });
      expect(recorded.data!.recordCircumstance).toMatchObject({ source: 'OFFICIAL' });
    }
    realMembers.push({ gss: UTTLESFORD, position: 1 }, { gss: unitary.gss_code, position: 2 }, { gss: metropolitan.gss_code, position: 3 });
    for (const m of realMembers) await submitAll(admin, m.gss, m.position);

    // Six London boroughs and six South West districts submit too, so that "all councils" is far from the small group and serving
    // both is not itself a differencing risk: the only thing standing between the colluders and the
    // real members' scores is which facts define the group.
    const southWest: { gss_code: string }[] = await t.dataSource.query(
      `SELECT gss_code FROM council WHERE type = 'district' AND region = 'South West' ORDER BY gss_code LIMIT 6`,
    );
    for (const [i, gss] of [...(await londonBoroughs()), ...southWest.map((c) => c.gss_code)].entries())
      await submitAll(admin, gss, i % levelCount);

    // The attack: each colluding lead declares its own council designated, then submits an extreme.
    for (const [account, gss] of Object.entries(COLLUDERS)) {
      const lead = await t.as(account as keyof typeof COLLUDERS);
      const declared = await lead(RECORD, { gss, kind: 'DESIGNATED', round: ROUND });
      expect(declared.errors).toBeUndefined();
      expect(declared.data!.recordCircumstance).toMatchObject({ source: 'SELF_DECLARED' });
    }
    await submitAll(await t.as('chesterfieldLead'), COLLUDERS.chesterfieldLead, 0);
    await submitAll(await t.as('hartlepoolLead'), COLLUDERS.hartlepoolLead, levelCount - 1);
  });
  afterAll(() => t.close());

  const realScores = () => realMembers.map((m) => scoreOf(m.position)).sort((a, b) => a - b);
  /** Whether published quartiles are exactly the three real members' scores. */
  const revealsRealMembers = (c: { lowerQuartile: number | null; median: number | null; upperQuartile: number | null }) =>
    JSON.stringify([c.lowerQuartile, c.median, c.upperQuartile]) === JSON.stringify(realScores());

  it("should not lift the group over the threshold for a council outside it, nor publish the real members' scores", async () => {
    const bolsover = await t.as('bolsoverMember');
    const response = await bolsover(POSITION, { gss: BOLSOVER, round: ROUND, groups: ['all', GROUP] });
    expect(response.errors).toBeUndefined();
    const subjects = response.data!.councilPosition.subjects as { key: string; comparisons: Comparison[] }[];
    expect(subjects).toHaveLength(framework.sections.length);
    for (const subject of subjects) {
      const group = subject.comparisons.find((c) => c.peerGroup.key === GROUP)!;
      // Three real members only: below the threshold of five, so withheld.
      expect({ section: subject.key, suppressed: group.suppressed, band: group.contributorsBand }).toEqual({
        section: subject.key,
        suppressed: true,
        band: 'c',
      });
      expect(revealsRealMembers(group)).toBe(false);
      // The comparison with all councils is still served: the attack did not simply switch everything off.
      expect(subject.comparisons.find((c) => c.peerGroup.key === 'all')!.suppressed).toBe(false);
    }
  });

  it("should not show PAS the group's figures in the sector view either", async () => {
    const response = await (await t.as('analyst'))(SECTOR, { round: ROUND });
    expect(response.errors).toBeUndefined();
    const cells = (response.data!.sectorView.cells as (Comparison & { sectionKey: string; peerGroupKey: string })[]).filter(
      (c) => c.peerGroupKey === GROUP,
    );
    expect(cells).toHaveLength(framework.sections.length);
    for (const cell of cells) {
      expect({ section: cell.sectionKey, suppressed: cell.suppressed }).toEqual({ section: cell.sectionKey, suppressed: true });
      expect(revealsRealMembers(cell)).toBe(false);
    }
  });

  it('should not count a designation PAS assigns: designation is official only', async () => {
    // PAS assigns "designated" to two London boroughs that submitted: were it counted, the group would reach five.
    const analyst = await t.as('analyst');
    const assigned: string[] = [];
    for (const gss of (await londonBoroughs()).slice(0, 2)) {
      const response = await analyst(RECORD, { gss, kind: 'DESIGNATED', round: ROUND });
      expect(response.data!.recordCircumstance).toMatchObject({ source: 'PAS_ASSIGNED' });
      assigned.push(response.data!.recordCircumstance.id);
    }
    const response = await (await t.as('bolsoverMember'))(POSITION, { gss: BOLSOVER, round: ROUND, groups: [GROUP] });
    for (const id of assigned) await analyst(`mutation { removeCircumstance(id: "${id}") }`);
    const group = response.data!.councilPosition.subjects[0].comparisons[0] as Comparison;
    expect({ suppressed: group.suppressed, band: group.contributorsBand }).toEqual({ suppressed: true, band: 'c' });
  });

  it('should still show a council its own self-declared circumstance, as context that does not define a group', async () => {
    const lead = await t.as('chesterfieldLead');
    const response = await lead(
      `{ circumstances(councilGssCode: "${COLLUDERS.chesterfieldLead}", round: "${ROUND}") { kind source definesPeerGroup } }`,
    );
    expect(response.data!.circumstances).toEqual([{ kind: 'DESIGNATED', source: 'SELF_DECLARED', definesPeerGroup: false }]);
  });

  it('should still let official and PAS-assigned circumstances define groups', async () => {
    const analyst = await t.as('analyst');
    for (const gss of await londonBoroughs()) await analyst(RECORD, { gss, kind: 'CASH_STRAPPED', round: ROUND });
    const response = await (
      await t.as('bolsoverMember')
    )(POSITION, { gss: BOLSOVER, round: ROUND, groups: ['circumstance:cash-strapped'] });
    const group = response.data!.councilPosition.subjects[0].comparisons[0] as Comparison;
    expect({ suppressed: group.suppressed, band: group.contributorsBand }).toEqual({ suppressed: false, band: '5–9' });
  });
});
