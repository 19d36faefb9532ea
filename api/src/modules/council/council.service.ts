import { type DataSource, In } from 'typeorm';

import { inViewerTransaction } from '../../common/database/viewer-transaction';
import { assertCanSeeCircumstances, circumstanceSourceFor } from '../../common/auth/access-policy';
import { perRequestLoader } from '../../common/database/per-request-loader';
import { type RequestContext, viewerOf } from '../../common/request-context';
import { AuditAction, type AuditService } from '../audit/index';

import { Council, type CouncilType } from './council.entity';
import { CouncilError, CouncilErrorCode } from './council.errors';
import { type CircumstanceKind, CircumstanceSource, CouncilCircumstance } from './council-circumstance.entity';
import type { CircumstancesArgs, RecordCircumstanceInput } from './dto/circumstance.inputs';
import type { CouncilsArgs } from './dto/councils.args';
import { groupDefiningPairs } from './peer-group-facts';

/** The facts about a council that define peer groups. */
export type CouncilFacts = { id: string; type: CouncilType; region: string | null };

/** English authorities from the reference data, and the public facts about them. */
export class CouncilService {
  /**
   * Councils found by GSS code. The reference data is loaded before the service starts and does not
   * change while it runs, so a council once found is kept; one not found is asked for again.
   */
  private readonly byGssCode = new Map<string, Council>();

  private readonly councilLoader = perRequestLoader((ids: readonly string[]) => this.findByIds(ids));
  private readonly officialCircumstancesLoader = perRequestLoader((ids: readonly string[]) => this.officialCircumstances(ids));

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Councils matching the filter, ordered by name. */
  findAll(_ctx: RequestContext, { filter, take, skip }: CouncilsArgs): Promise<Council[]> {
    const query = this.dataSource.manager.createQueryBuilder(Council, 'c').orderBy('c.name', 'ASC').take(take).skip(skip);
    if (filter?.search)
      query.andWhere('(c.name ILIKE :search OR c.official_name ILIKE :search)', {
        search: `%${filter.search.replace(/[%_\\]/g, '\\$&')}%`,
      });
    if (filter?.type) query.andWhere('c.type = :type', { type: filter.type });
    if (filter?.region) query.andWhere('c.region = :region', { region: filter.region });
    return query.getMany();
  }

  /** The council with this GSS code; throws COUNCIL_NOT_FOUND. */
  async findByGssCodeOrThrow(_ctx: RequestContext, gssCode: string): Promise<Council> {
    const known = this.byGssCode.get(gssCode);
    if (known) return known;
    const council = await this.dataSource.manager.findOne(Council, { where: { gssCode } });
    if (!council) throw new CouncilError(CouncilErrorCode.COUNCIL_NOT_FOUND, `No council with GSS code ${gssCode}.`);
    this.byGssCode.set(gssCode, council);
    return council;
  }

  /** Councils by id, in the order asked (for loaders). */
  async findByIds(ids: readonly string[]): Promise<(Council | undefined)[]> {
    const councils = await this.dataSource.manager.find(Council, { where: { id: In([...ids]) } });
    return ids.map((id) => councils.find((c) => c.id === id));
  }

  /** The council with this id, batched with the request's other look-ups; undefined if there is none. */
  loadById(ctx: RequestContext, id: string): Promise<Council | undefined> {
    return this.councilLoader(ctx).load(id);
  }

  /** A council's official circumstances, batched with the request's other look-ups. */
  loadOfficialCircumstances(ctx: RequestContext, councilId: string): Promise<CouncilCircumstance[]> {
    return this.officialCircumstancesLoader(ctx).load(councilId);
  }

  /** Official (public) circumstances of each council, e.g. s62A designations, for loaders. */
  async officialCircumstances(councilIds: readonly string[]): Promise<CouncilCircumstance[][]> {
    const rows = await this.dataSource.manager.find(CouncilCircumstance, {
      where: { councilId: In([...councilIds]), source: CircumstanceSource.OFFICIAL },
      order: { startsOn: 'ASC' },
    });
    return councilIds.map((id) => rows.filter((r) => r.councilId === id));
  }

  /** Every council's id, type and region, in GSS code order. */
  allFacts(): Promise<CouncilFacts[]> {
    return this.dataSource.query(`SELECT id, type, region FROM council ORDER BY gss_code`);
  }

  /**
   * Which councils had which group-defining circumstances in a round (official facts and PAS's
   * assignments, never what a council declares of itself: see peer-group-facts.ts): those recorded
   * for the round, and dated facts (such as a designation) in force at any time during it.
   * Participation in groups only.
   */
  async circumstancesInRound(round: string): Promise<{ councilId: string; kind: CircumstanceKind }[]> {
    const start = `${round.slice(0, 4)}-04-01`;
    const end = `${Number(round.slice(0, 4)) + 1}-03-31`;
    const { kinds, sources } = groupDefiningPairs();
    const rows: { council_id: string; kind: CircumstanceKind }[] = await this.dataSource.query(
      `SELECT DISTINCT council_id, kind FROM council_circumstance
        WHERE (round = $1 OR (round IS NULL AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $2)))
          AND (kind, source) IN (SELECT * FROM unnest($4::text[], $5::text[]))`,
      [round, start, end, kinds, sources],
    );
    return rows.map((r) => ({ councilId: r.council_id, kind: r.kind }));
  }

  /** A council's circumstances (all sources), newest round first; for the council itself, PAS and administrators. */
  async circumstances(ctx: RequestContext, args: CircumstancesArgs): Promise<CouncilCircumstance[]> {
    const council = await this.findByGssCodeOrThrow(ctx, args.councilGssCode);
    assertCanSeeCircumstances(viewerOf(ctx), council.id);
    return this.dataSource.manager.find(CouncilCircumstance, {
      where: { councilId: council.id, ...(args.round ? { round: args.round } : {}) },
      order: { round: 'DESC', startsOn: 'DESC' },
    });
  }

  /**
   * Records a circumstance for a round, with the source that follows from who records it; recording
   * the same one again returns the existing record. Throws COUNCIL_NOT_FOUND or FORBIDDEN.
   */
  async recordCircumstance(ctx: RequestContext, input: RecordCircumstanceInput): Promise<CouncilCircumstance> {
    const council = await this.findByGssCodeOrThrow(ctx, input.councilGssCode);
    const source = circumstanceSourceFor(viewerOf(ctx), council.id) as CircumstanceSource;
    const fact = { councilId: council.id, kind: input.kind, round: input.round, source };
    const existing = await this.dataSource.manager.findOne(CouncilCircumstance, { where: fact });
    if (existing) return existing;
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      const saved = await manager.save(manager.create(CouncilCircumstance, fact));
      await this.audit.record(ctx, circumstanceEntry(AuditAction.CIRCUMSTANCE_RECORDED, council, saved), manager);
      return saved;
    });
  }

  /** Removes a circumstance that the viewer could have recorded; throws CIRCUMSTANCE_NOT_FOUND or FORBIDDEN. */
  async removeCircumstance(ctx: RequestContext, id: string): Promise<boolean> {
    const circumstance = await this.dataSource.manager.findOne(CouncilCircumstance, { where: { id } });
    if (!circumstance) throw new CouncilError(CouncilErrorCode.CIRCUMSTANCE_NOT_FOUND, `No circumstance with id ${id}.`);
    if (circumstanceSourceFor(viewerOf(ctx), circumstance.councilId) !== circumstance.source) {
      throw new CouncilError(CouncilErrorCode.CIRCUMSTANCE_NOT_FOUND, `No circumstance with id ${id} that you recorded.`);
    }
    const council = (await this.findByIds([circumstance.councilId]))[0];
    await inViewerTransaction(this.dataSource, ctx, async (manager) => {
      await manager.delete(CouncilCircumstance, { id });
      if (council) await this.audit.record(ctx, circumstanceEntry(AuditAction.CIRCUMSTANCE_REMOVED, council, circumstance), manager);
    });
    return true;
  }
}

const SOURCE_WORDS: Record<CircumstanceSource, string> = {
  [CircumstanceSource.OFFICIAL]: 'official',
  [CircumstanceSource.PAS_ASSIGNED]: 'PAS-assigned',
  [CircumstanceSource.SELF_DECLARED]: 'self-declared',
};

/** The audit log's line for a circumstance recorded or removed. */
function circumstanceEntry(action: AuditAction, council: Council, circumstance: CouncilCircumstance) {
  const verb = action === AuditAction.CIRCUMSTANCE_RECORDED ? 'Recorded' : 'Removed';
  const when = circumstance.round ? ` for ${circumstance.round}` : circumstance.startsOn ? ` from ${circumstance.startsOn}` : '';
  return {
    action,
    subjectType: 'council',
    subject: `${council.name} (${council.gssCode})`,
    summary: `${verb} ${SOURCE_WORDS[circumstance.source]} circumstance "${circumstance.kind.replaceAll('_', ' ')}"${when}`,
  };
}
