import { type DataSource, In } from 'typeorm';

import type { RequestContext } from '../../common/request-context';

import { Council } from './council.entity';
import { CouncilError, CouncilErrorCode } from './council.errors';
import { CircumstanceSource, CouncilCircumstance } from './council-circumstance.entity';
import type { CouncilsArgs } from './dto/councils.args';

/** English authorities from the reference data, and the public facts about them. */
export class CouncilService {
  constructor(private readonly dataSource: DataSource) {}

  /** Councils matching the filter, ordered by name. */
  findAll(_ctx: RequestContext, { filter, take, skip }: CouncilsArgs): Promise<Council[]> {
    const query = this.dataSource.manager.createQueryBuilder(Council, 'c').orderBy('c.name', 'ASC').take(take).skip(skip);
    if (filter?.search) query.andWhere('(c.name ILIKE :search OR c.official_name ILIKE :search)', { search: `%${filter.search.replace(/[%_\\]/g, '\\$&')}%` });
    if (filter?.type) query.andWhere('c.type = :type', { type: filter.type });
    if (filter?.region) query.andWhere('c.region = :region', { region: filter.region });
    return query.getMany();
  }

  /** The council with this GSS code; throws COUNCIL_NOT_FOUND. */
  async findByGssCodeOrThrow(_ctx: RequestContext, gssCode: string): Promise<Council> {
    const council = await this.dataSource.manager.findOne(Council, { where: { gssCode } });
    if (!council) throw new CouncilError(CouncilErrorCode.COUNCIL_NOT_FOUND, `No council with GSS code ${gssCode}.`);
    return council;
  }

  /** Councils by id, in the order asked (for loaders). */
  async findByIds(ids: readonly string[]): Promise<(Council | undefined)[]> {
    const councils = await this.dataSource.manager.find(Council, { where: { id: In([...ids]) } });
    return ids.map((id) => councils.find((c) => c.id === id));
  }

  /** Official (public) circumstances of each council, e.g. s62A designations, for loaders. */
  async officialCircumstances(councilIds: readonly string[]): Promise<CouncilCircumstance[][]> {
    const rows = await this.dataSource.manager.find(CouncilCircumstance, {
      where: { councilId: In([...councilIds]), source: CircumstanceSource.OFFICIAL },
      order: { startsOn: 'ASC' },
    });
    return councilIds.map((id) => rows.filter((r) => r.councilId === id));
  }
}
