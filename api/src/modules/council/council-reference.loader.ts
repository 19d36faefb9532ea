import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';
import type { EntityManager } from 'typeorm';

import { PROJECT_ROOT } from '../../common/project-root';

import { Council, CouncilType } from './council.entity';
import { CircumstanceKind, CircumstanceSource, CouncilCircumstance } from './council-circumstance.entity';

const REFERENCE_DIR = join(PROJECT_ROOT, 'reference');

type Row = Record<string, string>;
const readCsv = (file: string): Row[] =>
  parse(readFileSync(join(REFERENCE_DIR, file), 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
const orNull = (value: string | undefined) => (value ? value : null);

/** "2013-11" → "2013-11-01", "2014" → "2014-01-01": the reference file gives dates to varying precision. */
const startOfPeriod = (value: string): string | null => {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  return match ? `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}` : null;
};

/** An end year written as "2014 (released; …)" → "2014-12-31"; anything unconfirmed stays open. */
const endOfYear = (value: string): string | null => {
  const match = /^(\d{4})\b/.exec(value);
  return match ? `${match[1]}-12-31` : null;
};

/** The financial-year round a date falls in: April starts a new round. */
const roundOf = (isoDate: string): string => {
  const [year, month] = isoDate.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
};

export type ReferenceLoadResult = { councils: number; circumstances: number };

/** A council's reference facts from a row of a reference file. */
const councilFrom = (row: Record<string, string>, hasCounty: boolean) => ({
  gssCode: row.gss_code,
  name: row.name,
  officialName: row.official_name || row.name,
  type: row.type as CouncilType,
  region: orNull(row.region),
  regionCode: orNull(row.region_code),
  countyGssCode: hasCounty ? orNull(row.county_gss_code) : null,
  countyName: hasCounty ? orNull(row.county_name) : null,
});

/**
 * Upserts every authority in reference/ by GSS code and records the known s62A designations as
 * dated official circumstances (warning letters as "at risk" in their round). Safe to run at every
 * start-up: nothing is added twice.
 */
export async function loadReferenceData(manager: EntityManager): Promise<ReferenceLoadResult> {
  // Other planning authorities (national parks, development corporations) have no county.
  const authorities = readCsv('english-local-authorities.csv').map((row) => councilFrom(row, true));
  const others = readCsv('english-planning-authorities-other.csv').map((row) => councilFrom(row, false));
  const all = [...authorities, ...others];
  const unknownType = all.find((c) => !Object.values(CouncilType).includes(c.type));
  if (unknownType) throw new Error(`reference data: ${unknownType.gssCode} has unknown type "${unknownType.type}"`);

  await manager
    .createQueryBuilder()
    .insert()
    .into(Council)
    .values(all)
    .orUpdate(['name', 'official_name', 'type', 'region', 'region_code', 'county_gss_code', 'county_name', 'updated_at'], ['gss_code'])
    .execute();

  const councilIds = new Map((await manager.find(Council, { select: { id: true, gssCode: true } })).map((c) => [c.gssCode, c.id]));
  let added = 0;
  for (const row of readCsv('lpa-s62a-designations.csv')) {
    const councilId = councilIds.get(row.gss_code);
    if (!councilId) throw new Error(`reference data: designation for unknown authority ${row.gss_code}`);
    const startsOn = startOfPeriod(row.date);
    const isDesignation = row.event === 'designated';
    const fact = {
      councilId,
      kind: isDesignation ? CircumstanceKind.DESIGNATED : CircumstanceKind.AT_RISK_OF_DESIGNATION,
      source: CircumstanceSource.OFFICIAL,
      startsOn,
      // A warning letter is a signal for the round it was sent in; a designation lasts until released.
      round: isDesignation || !startsOn ? null : roundOf(startsOn),
    };
    const exists = await manager.findOne(CouncilCircumstance, {
      where: { councilId, kind: fact.kind, source: fact.source, ...(startsOn ? { startsOn } : {}) },
    });
    if (exists) continue;
    await manager.save(
      manager.create(CouncilCircumstance, {
        ...fact,
        endsOn: isDesignation ? endOfYear(row.ended) : null,
        note: [row.measure, row.ended && `ended: ${row.ended}`, row.notes].filter(Boolean).join('; '),
        sourceUrls: orNull(row.source_urls),
      }),
    );
    added++;
  }
  return { councils: all.length, circumstances: added };
}
