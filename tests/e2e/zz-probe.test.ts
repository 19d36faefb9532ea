import { writeFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../support/test-app';

describe('probe', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['dm-challenge-toolkit', 'improvement-breakthroughs', 'improvement-self-assessment'], rounds: 2, participants: [2, 4] as [number, number] } });
  }, 300000);
  afterAll(() => t?.close());
  it('dumps', async () => {
    const lead = await t.as('chesterfieldLead');
    const analyst = await t.as('analyst');
    const dump = async (name: string, c: any, q: string, v?: any) => { const r = await c(q, v); writeFileSync(`/tmp/probe/${name}.json`, JSON.stringify(r, null, 1)); };
    await dump('peerGroups', lead, `{ peerGroups { key label kind } }`);
    await dump('position', lead, `{ councilPosition(councilGssCode: "E07000034", frameworkKey: "dm-challenge-toolkit", round: "2025-26") { round rounds scope councilHasSubmitted includesSynthetic caveats peerGroups { key label kind } council { name } framework { key version title sectionLabel itemLabel dimensions { key title } }
      subjects { key title sectionKey dimension { key title } councilScore answered total spread comparisons { peerGroup { key label } suppressed suppressionReason contributorsBand median lowerQuartile upperQuartile distribution distributionSuppressionReason position { band phrase madsFromMedian } } } } }`);
    await dump('positionItems', lead, `{ councilPosition(councilGssCode: "E07000034", frameworkKey: "dm-challenge-toolkit", round: "2025-26", scope: ITEM, sectionKey: "appeals") { subjects { key title sectionKey councilScore answered total spread comparisons { peerGroup { key } suppressed suppressionReason contributorsBand median lowerQuartile upperQuartile position { phrase } } } } }`);
    await dump('ambition', lead, `{ councilPosition(councilGssCode: "E07000034", frameworkKey: "improvement-self-assessment", round: "2025-26", scope: SECTION) { caveats framework { sectionLabel dimensions { key title levels { label score } } themes { key title } } subjects { key title dimension { key } councilScore answered total comparisons { peerGroup { key label } suppressed contributorsBand median position { phrase } } } } }`);
    await dump('ambitionTheme', lead, `{ councilPosition(councilGssCode: "E07000034", frameworkKey: "improvement-self-assessment", round: "2025-26", scope: THEME) { subjects { key title dimension { key } councilScore answered total comparisons { peerGroup { key label } suppressed contributorsBand median position { phrase } } } } }`);
    await dump('matrix', lead, `{ dimensionMatrix(councilGssCode: "E07000034", frameworkKey: "improvement-breakthroughs", round: "2025-26") { round caveats peersSuppressed peersSuppressionReason peersBand includesSynthetic rowDimension { key title levels { key label position } } columnDimension { key title levels { key label position } } items { item { key text } section { key title } rowLevel { label position } columnLevel { label position } actFirst } cells { rowLevel { label } columnLevel { label } councilItems peerShare } } }`);
    await dump('sector', analyst, `{ sectorView(frameworkKey: "dm-challenge-toolkit", round: "2025-26") { round previousRound caveats includesSynthetic dimension { key title } sections { key title } peerGroups { key label kind } cells { sectionKey peerGroupKey suppressed suppressionReason contributorsBand median lowerQuartile upperQuartile changeFromPrevious } } }`);
    await dump('groups', lead, `{ collaborationGroups { id name description members { council { gssCode name } consents } } }`);
    const g = (await lead(`{ collaborationGroups { id } }`)).data!.collaborationGroups[0].id;
    for (const fw of ['dm-challenge-toolkit', 'improvement-breakthroughs', 'improvement-self-assessment'])
      await dump(`collab-${fw}`, lead, `query($g: ID!) { collaborationComparison(groupId: $g, frameworkKey: "${fw}", round: "2025-26") { groupName round councils { gssCode name } framework { title itemLabel } rows { item { key text } section { title } dimension { key title } levels { label position } difference } } }`, { g });
    await dump('sectorLead', lead, `{ sectorView(frameworkKey: "dm-challenge-toolkit", round: "2025-26") { round } }`);
    await dump('me', analyst, `{ me { role councilId } }`);
  }, 120000);
});
