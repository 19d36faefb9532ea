import { z } from 'zod';

/**
 * The shape of one framework version file in content/. Frameworks are data: the code knows no
 * section names, so everything a view needs (labels for "section" and "item", the rating scales,
 * the themes) is declared here and checked before anything reaches the database.
 */

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const key = z.string().regex(KEY_PATTERN, 'must be lower-case words joined by hyphens (e.g. "pre-application-advice")');
const text = z.string().trim().min(1, 'must not be empty');

const levelSchema = z.strictObject({
  key,
  label: text,
  descriptor: text,
});

const dimensionSchema = z
  .strictObject({
    key,
    title: text,
    description: text,
    /** Ordered from lowest to highest. */
    levels: z.array(levelSchema).min(2, 'a rating scale needs at least two levels').optional(),
    /** Reuse another dimension's scale (e.g. "now" and "in 18–24 months" on one maturity scale). */
    sameLevelsAs: key.optional(),
  })
  .refine((dimension) => (dimension.levels === undefined) !== (dimension.sameLevelsAs === undefined), {
    message: 'give either "levels" or "sameLevelsAs", not both and not neither',
  });

const themeSchema = z.strictObject({
  key,
  title: text,
  description: text,
});

const itemSchema = z.strictObject({
  key,
  text,
  guidance: text.optional(),
  themes: z.array(key).default([]),
});

const sectionSchema = z.strictObject({
  key,
  title: text,
  description: text,
  tips: z.array(text).default([]),
  items: z.array(itemSchema).min(1, 'a section needs at least one item'),
});

const provenanceSchema = z.strictObject({
  source: text,
  publisher: text,
  year: z.number().int().min(1990).max(2100),
  url: z.url().optional(),
  wording: text,
});

export const FRAMEWORK_KINDS = ['rating', 'plan'] as const;

export const frameworkContentSchema = z
  .strictObject({
    key,
    version: z.string().regex(/^\d{4}(?:\.\d+)*$/, 'must start with a year, e.g. "2020" or "2020.1"'),
    title: text,
    kind: z.enum(FRAMEWORK_KINDS),
    summary: text,
    sectionLabel: text,
    itemLabel: text,
    provenance: provenanceSchema,
    dimensions: z.array(dimensionSchema).min(1, 'a framework needs at least one dimension'),
    themes: z.array(themeSchema).default([]),
    sections: z.array(sectionSchema).min(1, 'a framework needs at least one section'),
  })
  .superRefine((framework, ctx) => {
    const duplicates = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);
    const report = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

    const dimensionKeys = framework.dimensions.map((d) => d.key);
    for (const dup of duplicates(dimensionKeys)) report(['dimensions'], `dimension key "${dup}" is used twice`);
    framework.dimensions.forEach((dimension, i) => {
      if (dimension.sameLevelsAs !== undefined) {
        const target = framework.dimensions.find((d) => d.key === dimension.sameLevelsAs);
        if (!target?.levels) {
          report(['dimensions', i, 'sameLevelsAs'], `"${dimension.sameLevelsAs}" is not a dimension with its own levels`);
        }
      }
      for (const dup of duplicates((dimension.levels ?? []).map((l) => l.key))) {
        report(['dimensions', i, 'levels'], `level key "${dup}" is used twice`);
      }
    });

    const themeKeys = framework.themes.map((t) => t.key);
    for (const dup of duplicates(themeKeys)) report(['themes'], `theme key "${dup}" is used twice`);

    for (const dup of duplicates(framework.sections.map((s) => s.key))) {
      report(['sections'], `section key "${dup}" is used twice`);
    }
    const itemKeys = framework.sections.flatMap((s) => s.items.map((item) => item.key));
    for (const dup of duplicates(itemKeys)) report(['sections'], `item key "${dup}" is used twice`);

    framework.sections.forEach((section, s) =>
      section.items.forEach((item, i) =>
        item.themes.forEach((theme, t) => {
          if (!themeKeys.includes(theme)) {
            report(['sections', s, 'items', i, 'themes', t], `unknown theme "${theme}"`);
          }
        }),
      ),
    );
  });

export type FrameworkContent = z.infer<typeof frameworkContentSchema>;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];
