import type { EntityManager } from 'typeorm';

import type { FrameworkContent } from './content/framework-content.schema';
import type { LoadedFramework } from './content/framework-content.loader';
import { FrameworkError, FrameworkErrorCode } from './framework.errors';
import { Framework, type FrameworkKind } from './framework.entity';
import { FrameworkItem } from './framework-item.entity';
import { FrameworkSection } from './framework-section.entity';
import { FrameworkTheme } from './framework-theme.entity';
import { RatingDimension } from './rating-dimension.entity';
import { RatingLevel } from './rating-level.entity';

export type ImportResult = { key: string; version: string; status: 'created' | 'unchanged' };

/** Levels are evenly spaced on the 0–100 score scale, lowest 0 and highest 100. */
const levelScore = (position: number, count: number) => Math.round((position / (count - 1)) * 10000) / 100;

async function insertFramework(manager: EntityManager, { content, contentHash }: LoadedFramework): Promise<void> {
  const framework = await manager.save(
    manager.create(Framework, {
      key: content.key,
      version: content.version,
      title: content.title,
      kind: content.kind as FrameworkKind,
      summary: content.summary,
      sectionLabel: content.sectionLabel,
      itemLabel: content.itemLabel,
      sourceTitle: content.provenance.source,
      sourcePublisher: content.provenance.publisher,
      sourceYear: content.provenance.year,
      sourceUrl: content.provenance.url ?? null,
      wordingNote: content.provenance.wording,
      contentHash,
    }),
  );

  const themes = await manager.save(
    content.themes.map((theme, position) => manager.create(FrameworkTheme, { ...theme, position, frameworkId: framework.id })),
  );
  const themeByKey = new Map(themes.map((t) => [t.key, t]));

  const partOf = (part: { key: string; title: string; description: string }, position: number) => ({
    key: part.key,
    title: part.title,
    description: part.description,
    position,
    frameworkId: framework.id,
  });
  const levelsOf = (dimension: FrameworkContent['dimensions'][number]) =>
    dimension.levels ?? content.dimensions.find((d) => d.key === dimension.sameLevelsAs)!.levels!;
  for (const [position, dimension] of content.dimensions.entries()) {
    const saved = await manager.save(manager.create(RatingDimension, partOf(dimension, position)));
    const levels = levelsOf(dimension);
    await manager.save(
      levels.map((level, i) =>
        manager.create(RatingLevel, { ...level, position: i, score: levelScore(i, levels.length), dimensionId: saved.id }),
      ),
    );
  }

  for (const [position, section] of content.sections.entries()) {
    const saved = await manager.save(
      manager.create(FrameworkSection, {
        ...partOf(section, position),
        tips: section.tips,
      }),
    );
    await manager.save(
      section.items.map((item, i) =>
        manager.create(FrameworkItem, {
          key: item.key,
          text: item.text,
          guidance: item.guidance ?? null,
          position: i,
          frameworkId: framework.id,
          sectionId: saved.id,
          themes: item.themes.map((key) => themeByKey.get(key)!),
        }),
      ),
    );
  }
}

/**
 * Loads validated framework files into the database, each version once. A version already loaded
 * from identical content is left alone; one whose file has changed is refused, because submitted
 * assessments refer to it: new wording must be published as a new version.
 */
export async function importFrameworks(manager: EntityManager, frameworks: LoadedFramework[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const loaded of frameworks) {
    const { key, version } = loaded.content;
    const existing = await manager.findOne(Framework, { where: { key, version } });
    if (existing && existing.contentHash !== loaded.contentHash) {
      throw new FrameworkError(
        FrameworkErrorCode.FRAMEWORK_VERSION_CHANGED,
        `${loaded.file} has changed since ${key} version ${version} was loaded. A loaded version cannot change: give the new wording a new version.`,
      );
    }
    if (!existing) await manager.transaction((tx) => insertFramework(tx, loaded));
    results.push({ key, version, status: existing ? 'unchanged' : 'created' });
  }
  return results;
}
