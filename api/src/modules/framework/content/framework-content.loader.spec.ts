import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { stringify } from 'yaml';

import { CONTENT_DIR, FrameworkContentError, loadFrameworkContent, parseFrameworkContent } from './framework-content.loader';

const FILE = 'content/frameworks/sample-toolkit/2020.yaml';

/** A small valid framework; each test breaks one thing. */
const validFramework = () => ({
  key: 'sample-toolkit',
  version: '2020',
  title: 'Sample toolkit',
  kind: 'rating',
  summary: 'A framework for tests.',
  sectionLabel: 'Section',
  itemLabel: 'Statement',
  provenance: { source: 'Sample source', publisher: 'Sample publisher', year: 2020, wording: 'Our own words.' },
  dimensions: [
    {
      key: 'now',
      title: 'Now',
      description: 'Where we are.',
      levels: [
        { key: 'low', label: 'Low', descriptor: 'Low.' },
        { key: 'high', label: 'High', descriptor: 'High.' },
      ],
    },
    { key: 'ambition', title: 'Ambition', description: 'Where we want to be.', sameLevelsAs: 'now' },
  ],
  themes: [{ key: 'customers', title: 'Customers', description: 'Customer focus.' }],
  sections: [
    {
      key: 'first',
      title: 'First',
      description: 'The first section.',
      tips: ['A tip.'],
      items: [{ key: 'f-1', text: 'We do it.', themes: ['customers'] }],
    },
  ],
});

type Framework = ReturnType<typeof validFramework>;
const problemsOf = (change: (f: Framework) => unknown, file = FILE): string[] => {
  const framework = validFramework();
  change(framework);
  try {
    parseFrameworkContent(file, stringify(framework));
  } catch (error) {
    expect(error).toBeInstanceOf(FrameworkContentError);
    expect((error as Error).message).toContain(file);
    return (error as FrameworkContentError).problems;
  }
  throw new Error('expected the content to be refused');
};

describe('framework content', () => {
  it('should load every shipped framework file', () => {
    const frameworks = loadFrameworkContent(CONTENT_DIR);
    const byKey = new Map(frameworks.map((f) => [f.content.key, f.content]));
    expect(byKey.get('dm-challenge-toolkit')?.sections).toHaveLength(15);
    const breakthroughs = byKey.get('improvement-breakthroughs')!;
    expect(breakthroughs.sections).toHaveLength(8);
    expect(breakthroughs.sections.flatMap((s) => s.items)).toHaveLength(22);
    expect(breakthroughs.dimensions.map((d) => d.key)).toEqual(['progress', 'plan-coverage']);
    expect(byKey.get('improvement-self-assessment')?.dimensions.map((d) => d.key)).toEqual(['now', 'ambition']);
    expect(byKey.get('peer-challenge-plan')?.sections).toHaveLength(5);
    for (const section of byKey.get('dm-challenge-toolkit')!.sections) {
      expect(section.items.length).toBeGreaterThanOrEqual(5);
      expect(section.tips.length).toBeGreaterThan(0);
    }
  });

  it('should accept a valid file and hash its content', () => {
    const loaded = parseFrameworkContent(FILE, stringify(validFramework()));
    expect(loaded.content.sections[0].items[0].themes).toEqual(['customers']);
    expect(loaded.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should report a YAML syntax error with its line', () => {
    expect(() => parseFrameworkContent(FILE, 'key: [unclosed\ntitle: x')).toThrow(/sample-toolkit\/2020\.yaml[\s\S]*line \d+: YAML syntax/);
  });

  it('should report a missing required field by its path', () => {
    expect(problemsOf((f) => delete (f.sections[0].items[0] as Partial<Framework['sections'][0]['items'][0]>).text)).toEqual([
      expect.stringMatching(/^sections\[0\]\.items\[0\]\.text: /),
    ]);
  });

  it('should report a value of the wrong type', () => {
    expect(problemsOf((f) => ((f.provenance as Record<string, unknown>).year = 'twenty twenty'))).toEqual([
      expect.stringMatching(/^provenance\.year: /),
    ]);
  });

  it('should refuse keys the schema does not know', () => {
    expect(problemsOf((f) => ((f.sections[0] as Record<string, unknown>).colour = 'red'))[0]).toMatch(/^sections\[0\]: .*colour/);
  });

  it('should refuse a badly formed key', () => {
    expect(problemsOf((f) => (f.sections[0].key = 'First Section'))[0]).toMatch(/^sections\[0\]\.key: must be lower-case words/);
  });

  it('should refuse an item key used twice', () => {
    expect(problemsOf((f) => f.sections.push({ ...f.sections[0], key: 'second' }))).toContain('sections: item key "f-1" is used twice');
  });

  it('should refuse a reference to an unknown theme', () => {
    expect(problemsOf((f) => (f.sections[0].items[0].themes = ['nowhere']))).toEqual([
      'sections[0].items[0].themes[0]: unknown theme "nowhere"',
    ]);
  });

  it('should refuse a scale with fewer than two levels', () => {
    expect(problemsOf((f) => (f.dimensions[0].levels = f.dimensions[0].levels!.slice(0, 1)))[0]).toMatch(
      /^dimensions\[0\]\.levels: a rating scale needs at least two levels/,
    );
  });

  it('should refuse sameLevelsAs pointing at a dimension without levels', () => {
    expect(problemsOf((f) => (f.dimensions[1].sameLevelsAs = 'missing'))).toContain(
      'dimensions[1].sameLevelsAs: "missing" is not a dimension with its own levels',
    );
  });

  it('should refuse a dimension with both levels and sameLevelsAs', () => {
    expect(problemsOf((f) => ((f.dimensions[1] as Record<string, unknown>).levels = f.dimensions[0].levels))[0]).toMatch(
      /^dimensions\[1\]: give either "levels" or "sameLevelsAs"/,
    );
  });

  it('should refuse an unknown framework kind', () => {
    expect(problemsOf((f) => (f.kind = 'survey'))[0]).toMatch(/^kind: /);
  });

  it('should refuse a file whose name does not match its key and version', () => {
    expect(problemsOf(() => undefined, 'content/frameworks/sample-toolkit/2021.yaml')[0]).toMatch(/belongs at sample-toolkit\/2020\.yaml/);
  });

  it("should keep the shipped files in the project's own words with provenance", () => {
    const file = readFileSync(join(CONTENT_DIR, 'dm-challenge-toolkit', '2020.yaml'), 'utf8');
    const { content } = parseFrameworkContent('content/frameworks/dm-challenge-toolkit/2020.yaml', file);
    expect(content.provenance).toMatchObject({ publisher: 'Planning Advisory Service', year: 2020 });
    expect(content.provenance.wording).toMatch(/own wording/i);
  });
});
