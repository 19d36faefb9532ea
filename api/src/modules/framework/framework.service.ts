import type { DataSource } from 'typeorm';

import { FrameworkError, FrameworkErrorCode } from './framework.errors';
import { Framework, FrameworkKind } from './framework.entity';
import type { FrameworkItem } from './framework-item.entity';
import type { RatingDimension } from './rating-dimension.entity';
import type { RatingLevel } from './rating-level.entity';

const byPosition = <TRow extends { position: number }>(a: TRow, b: TRow) => a.position - b.position;

/**
 * Frameworks: read-only after start-up, so each version is loaded whole (sections, items, themes,
 * dimensions, levels) once per process and served from memory.
 */
export class FrameworkService {
  private cache: Promise<Framework[]> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Every loaded framework version, ordered by key then version, each with its full structure. */
  findAll(): Promise<Framework[]> {
    this.cache ??= this.loadAll().catch((error) => {
      this.cache = null;
      throw error;
    });
    return this.cache;
  }

  /** Forgets the cached frameworks; called after content is imported. */
  invalidate(): void {
    this.cache = null;
  }

  /** The newest version of each framework. */
  async findLatest(): Promise<Framework[]> {
    const latest = new Map<string, Framework>();
    for (const framework of await this.findAll()) latest.set(framework.key, framework);
    return [...latest.values()];
  }

  /** The framework version by key and version (the newest when version is omitted); throws FRAMEWORK_NOT_FOUND. */
  async findOneOrThrow(key: string, version?: string | null): Promise<Framework> {
    const versions = (await this.findAll()).filter((f) => f.key === key);
    const framework = version ? versions.find((f) => f.version === version) : versions.at(-1);
    if (!framework) {
      throw new FrameworkError(
        FrameworkErrorCode.FRAMEWORK_NOT_FOUND,
        version ? `No framework "${key}" version "${version}".` : `No framework "${key}".`,
      );
    }
    return framework;
  }

  /** The framework version by id; throws FRAMEWORK_NOT_FOUND. */
  async findByIdOrThrow(id: string): Promise<Framework> {
    const framework = (await this.findAll()).find((f) => f.id === id);
    if (!framework) throw new FrameworkError(FrameworkErrorCode.FRAMEWORK_NOT_FOUND, `No framework with id ${id}.`);
    return framework;
  }

  /** Like findOneOrThrow, but only frameworks whose items are rated (not plan templates). */
  async findRatedOrThrow(key: string, version?: string | null): Promise<Framework> {
    const framework = await this.findOneOrThrow(key, version);
    if (framework.kind !== FrameworkKind.RATING) {
      throw new FrameworkError(FrameworkErrorCode.FRAMEWORK_NOT_RATED, `"${key}" is a plan template, not a rated framework.`);
    }
    return framework;
  }

  private async loadAll(): Promise<Framework[]> {
    const frameworks = await this.dataSource.getRepository(Framework).find({
      relations: { sections: { items: { themes: true } }, themes: true, dimensions: { levels: true } },
      order: { key: 'ASC' },
    });
    for (const framework of frameworks) {
      framework.sections.sort(byPosition);
      for (const section of framework.sections) section.items.sort(byPosition);
      framework.themes.sort(byPosition);
      framework.dimensions.sort(byPosition);
      for (const dimension of framework.dimensions) dimension.levels.sort(byPosition);
    }
    return frameworks.sort((a, b) => a.key.localeCompare(b.key) || compareVersions(a.version, b.version));
  }
}

/** Compares "2020", "2020.1", "2021" numerically part by part. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Lookups over one framework version's structure, by the keys API clients use. */
export class FrameworkIndex {
  readonly items = new Map<string, FrameworkItem>();
  readonly dimensions = new Map<string, RatingDimension>();
  readonly levelScores = new Map<string, number>();

  constructor(readonly framework: Framework) {
    for (const item of framework.sections.flatMap((s) => s.items)) this.items.set(item.key, item);
    for (const dimension of framework.dimensions) {
      this.dimensions.set(dimension.key, dimension);
      for (const level of dimension.levels) this.levelScores.set(level.id, level.score);
    }
  }

  get onlyDimension(): RatingDimension | null {
    return this.framework.dimensions.length === 1 ? this.framework.dimensions[0] : null;
  }

  level(dimension: RatingDimension, levelKey: string): RatingLevel | undefined {
    return dimension.levels.find((l) => l.key === levelKey);
  }
}
