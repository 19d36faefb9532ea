import type { DataSource } from 'typeorm';

import { readTogether } from '../../common/database/read-together';
import { inViewerTransaction } from '../../common/database/viewer-transaction';
import { nearestLevel } from '../../common/exact-score';
import { type RequestContext, viewerOf } from '../../common/request-context';
import { ownScoresRead } from '../assessment/index';
import type { Council } from '../council/index';
import type { Framework, RatingDimension } from '../framework/index';

import { levelPairsRead } from './benchmark.reads';
import { type DisclosedMatrix, discloseMatrix, type DisclosurePolicy, SUPPRESSED_SYMBOL } from './disclosure';
import { BenchmarkScope, CAVEATS, DimensionMatrix, MatrixCell, MatrixItem } from './dto/benchmark.types';
import {
  dimensionMatrixBytes,
  MATRIX_SCOPE,
  matrixCandidate,
  type MatrixContributorsRow,
  matrixContributorsRead,
  matrixWithheldReason,
} from './matrix-release';
import {
  type Computed,
  readReleaseStamp,
  RecordedReleases,
  releaseLedgerSeconds,
  releaseStampOf,
  releaseStampReads,
  viewerScopeOf,
} from './recorded-releases';
import { type ReleaseLedger, viewerSubmissionsOf } from './release-ledger';

/** A matrix asked for, its council, framework and dimensions found and the viewer's access checked. */
export type MatrixAsked = {
  council: Council;
  framework: Framework;
  round: string;
  rowDimension: RatingDimension;
  columnDimension: RatingDimension;
};

/**
 * The breakthrough matrix worked out and served: the council's items by their levels on two
 * dimensions, and other councils' share of items per cell through disclosure control and the
 * release ledger (matrix-release.ts), served again from a recorded release while its stamp holds.
 */
export class DimensionMatrices {
  /** Disclosed matrices served again while their stamp holds (recorded-releases.ts). */
  private readonly recorded: RecordedReleases<DimensionMatrix>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: DisclosurePolicy,
    private readonly ledger: ReleaseLedger,
    recordedReleasesMaxBytes: number,
  ) {
    this.recorded = new RecordedReleases({ maxBytes: recordedReleasesMaxBytes, sizeOf: dimensionMatrixBytes });
  }

  /** The matrix, from its recorded release where nothing it was computed from has changed. The caller has checked the viewer's access. */
  async serve(ctx: RequestContext, asked: MatrixAsked): Promise<DimensionMatrix> {
    const { council, framework, round, rowDimension, columnDimension } = asked;
    const stamp = await readReleaseStamp((sql, params) => this.dataSource.query(sql, params), framework.id);
    const key = JSON.stringify([framework.id, council.id, round, rowDimension.id, columnDimension.id, viewerScopeOf(viewerOf(ctx))]);
    return this.recorded.serve('matrix', key, stamp, () => this.compute(ctx, asked));
  }

  /** The matrix worked out afresh: the figures, disclosure control and the release ledger. */
  private async compute(ctx: RequestContext, asked: MatrixAsked): Promise<Computed<DimensionMatrix>> {
    const { council, framework, round, rowDimension, columnDimension } = asked;
    const rounds = [round];
    // One statement, one snapshot: the figures, the set they were computed from and the stamp.
    const read = await inViewerTransaction(this.dataSource, ctx, (manager) =>
      readTogether((sql, params) => manager.query(sql, params), {
        own: ownScoresRead(council.id, framework.id, rounds, BenchmarkScope.ITEM),
        pairs: levelPairsRead(framework.id, rounds, rowDimension, columnDimension, council.id),
        contributors: matrixContributorsRead(framework.id, rounds, rowDimension, columnDimension, council.id),
        ...releaseStampReads(framework.id),
      }),
    );
    const scores = new Map(read.own.map((r) => [`${r.subject_id}:${r.dimension_id}`, r]));
    // An item's score on its nearest level, by the one tie rule (common/exact-score.ts).
    const levelOf = (dimension: RatingDimension, itemId: string) => {
      const score = scores.get(`${itemId}:${dimension.id}`);
      return score?.score_numerator == null
        ? null
        : dimension.levels[nearestLevel(score.score_numerator, score.score_denominator, dimension.levels.length)];
    };
    const items = framework.sections.flatMap((section) =>
      section.items.map((item) => {
        const rowLevel = levelOf(rowDimension, item.id);
        const columnLevel = levelOf(columnDimension, item.id);
        return Object.assign(new MatrixItem(), {
          item,
          section,
          rowLevel,
          columnLevel,
          actFirst: rowLevel?.position === 0 && columnLevel?.position === 0,
        });
      }),
    );

    const { pairs } = read;
    const peers = await this.released(
      discloseMatrix(
        {
          otherCouncils: pairs[0]?.councils ?? 0,
          councilsOnOneLevel: pairs[0]?.councils_on_one_level ?? 0,
          items: new Map(pairs.map((p) => [`${p.level_a}:${p.level_b}`, p.n])),
        },
        this.policy,
      ),
      asked,
      read.contributors,
    );
    const cells = rowDimension.levels.flatMap((rowLevel) =>
      columnDimension.levels.map((columnLevel) =>
        Object.assign(new MatrixCell(), {
          rowLevel,
          columnLevel,
          councilItems: items.filter((i) => i.rowLevel?.id === rowLevel.id && i.columnLevel?.id === columnLevel.id).length,
          peerShare: peers.suppressed ? null : (peers.shares.get(`${rowLevel.position}:${columnLevel.position}`) ?? 0),
        }),
      ),
    );
    const result = Object.assign(new DimensionMatrix(), {
      council,
      framework,
      round,
      rowDimension,
      columnDimension,
      items,
      cells,
      peersSuppressed: peers.suppressed,
      peersSuppressionReason: peers.suppressed ? peers.reason : null,
      peersBand: peers.contributorsBand,
      includesSynthetic: read.own.some((r) => r.is_synthetic) || pairs.some((p) => p.any_synthetic),
      caveats: CAVEATS,
    });
    return { result, seen: releaseStampOf(framework.id, read) };
  }

  /**
   * The disclosed shares as the release ledger lets them out: shares about to be served are checked
   * against the earlier releases of the matrix's subject (and recorded), and withheld with the
   * ledger's reason where their set is too close to one of them.
   */
  private async released(disclosed: DisclosedMatrix, asked: MatrixAsked, contributors: MatrixContributorsRow[]): Promise<DisclosedMatrix> {
    if (disclosed.suppressed) return disclosed;
    const candidate = matrixCandidate(contributors[0], { rowId: asked.rowDimension.id, columnId: asked.columnDimension.id }, [asked.round]);
    const end = releaseLedgerSeconds.startTimer({ view: 'matrix' });
    let withheld: ReadonlyMap<string, string>;
    try {
      withheld = await this.ledger.withhold(asked.framework.id, MATRIX_SCOPE, 'matrix', [candidate], viewerSubmissionsOf(contributors));
    } finally {
      end();
    }
    const reason = matrixWithheldReason(withheld);
    return reason ? { suppressed: true, contributorsBand: SUPPRESSED_SYMBOL, reason } : disclosed;
  }
}
