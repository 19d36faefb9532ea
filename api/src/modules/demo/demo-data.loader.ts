import type { DataSource } from 'typeorm';

import { bulkInsert } from '../../common/database/bulk-insert';
import { roundsFrom } from '../../common/round';
import { scoreAssessment, scoreRow, scoringStructureOf, BULK_COLUMNS } from '../assessment/index';
import type { FrameworkService } from '../framework/index';

import { type DemoCouncil, generateAssessments, generateCircumstances, type GeneratorOptions } from './demo-data.generator';

export type DemoLoadOptions = GeneratorOptions & {
  frameworkKeys: string[];
  firstRound: string;
  rounds: number;
  onProgress?: (message: string) => void;
};

export type DemoLoadResult = { assessments: number; participants: number; responses: number; circumstances: number; skipped: string[] };

/** Councils with the facts the generator uses, as of now. */
async function demoCouncils(dataSource: DataSource): Promise<DemoCouncil[]> {
  const rows: { id: string; gss_code: string; type: string; region: string | null; designated: boolean; at_risk: boolean }[] =
    await dataSource.query(
      `SELECT c.id, c.gss_code, c.type, c.region,
            bool_or(cc.kind = 'designated') IS TRUE AS designated,
            bool_or(cc.kind = 'at_risk_of_designation') IS TRUE AS at_risk
       FROM council c LEFT JOIN council_circumstance cc ON cc.council_id = c.id AND cc.source = 'official'
      GROUP BY c.id ORDER BY c.gss_code`,
    );
  return rows.map((r) => ({ id: r.id, gssCode: r.gss_code, type: r.type, region: r.region, designated: r.designated, atRisk: r.at_risk }));
}

/**
 * Loads synthetic submitted assessments for every council, marked is_synthetic so every view can
 * label them. Scores are computed by the same function as real submissions. A framework and round
 * that already has synthetic data is skipped, so loading twice adds nothing.
 */
export async function loadDemoData(
  dataSource: DataSource,
  frameworks: FrameworkService,
  options: DemoLoadOptions,
): Promise<DemoLoadResult> {
  const result: DemoLoadResult = { assessments: 0, participants: 0, responses: 0, circumstances: 0, skipped: [] };
  const councils = await demoCouncils(dataSource);
  const rounds = roundsFrom(options.firstRound, options.rounds);

  const withCircumstances: { round: string }[] = await dataSource.query(
    `SELECT DISTINCT round FROM council_circumstance WHERE is_synthetic`,
  );
  const circumstances = generateCircumstances(
    councils,
    rounds.filter((r) => !withCircumstances.some((c) => c.round === r)),
    options.seed,
  );
  await bulkInsert(
    dataSource.manager,
    'council_circumstance',
    [
      { name: 'council_id', type: 'uuid' },
      { name: 'round', type: 'varchar' },
      { name: 'kind', type: 'varchar' },
      { name: 'source', type: 'varchar' },
      { name: 'is_synthetic', type: 'boolean' },
    ],
    circumstances.map((c) => [c.councilId, c.round, c.kind, c.source, true]),
  );
  result.circumstances = circumstances.length;

  for (const key of options.frameworkKeys) {
    const framework = await frameworks.findRatedOrThrow(key);
    const present: { round: string }[] = await dataSource.query(
      `SELECT DISTINCT round FROM assessment WHERE framework_id = $1 AND is_synthetic`,
      [framework.id],
    );
    const missing = rounds.filter((r) => !present.some((p) => p.round === r));
    result.skipped.push(...rounds.filter((r) => !missing.includes(r)).map((r) => `${key} ${r}`));
    if (missing.length === 0) continue;

    const structure = scoringStructureOf(framework);
    const batch = {
      assessments: [] as unknown[][],
      participants: [] as unknown[][],
      responses: [] as unknown[][],
      agreed: [] as unknown[][],
      scores: [] as unknown[][],
    };
    const flush = () =>
      dataSource.transaction(async (manager) => {
        await bulkInsert(manager, 'assessment', BULK_COLUMNS.assessment, batch.assessments);
        await bulkInsert(manager, 'participant', BULK_COLUMNS.participant, batch.participants);
        await bulkInsert(manager, 'participant_response', BULK_COLUMNS.participantResponse, batch.responses);
        await bulkInsert(manager, 'agreed_rating', BULK_COLUMNS.agreedRating, batch.agreed);
        await bulkInsert(manager, 'assessment_score', BULK_COLUMNS.assessmentScore, batch.scores);
        for (const rows of Object.values(batch)) rows.length = 0;
      });

    for (const a of generateAssessments(framework, councils, rounds, options)) {
      if (!missing.includes(a.round)) continue;
      // Submitted at the end of the round's financial year.
      const submittedAt = new Date(`${Number(a.round.slice(0, 4)) + 1}-03-31T12:00:00Z`);
      batch.assessments.push([a.id, a.councilId, a.frameworkId, a.round, 'submitted', submittedAt, true]);
      for (const p of a.participants) batch.participants.push([p.id, a.id, p.role]);
      for (const r of a.responses) batch.responses.push([r.participantId, r.itemId, r.dimensionId, r.levelId]);
      for (const r of a.agreed) batch.agreed.push([a.id, r.itemId, r.dimensionId, r.levelId]);
      for (const s of scoreAssessment(structure, a.agreed, a.responses)) batch.scores.push(scoreRow(a.id, s));
      result.assessments++;
      result.participants += a.participants.length;
      result.responses += a.responses.length;
      if (batch.responses.length >= 50000) {
        await flush();
        options.onProgress?.(`demo data: ${key}: ${result.assessments} assessments, ${result.responses} responses`);
      }
    }
    await flush();
    options.onProgress?.(`demo data: ${key} ${missing.join(', ')} loaded`);
  }
  return result;
}
