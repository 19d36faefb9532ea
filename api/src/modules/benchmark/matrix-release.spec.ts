import { matrixCandidate, matrixWithheldReason } from './matrix-release';
import { planReleases, releaseWithheldReason, subjectKeyOf } from './release-ledger';

const PROGRESS = '6f1c0d4e-0000-4000-8000-000000000001';
const PLAN = '1a2b3c4d-0000-4000-8000-000000000002';

describe('the matrix as a release candidate', () => {
  const row = (submissions: number[] | null) => ({
    subject_id: PLAN,
    dimension_id: PROGRESS,
    submissions,
    released: submissions === null,
    refused: false,
    viewer_submissions: [1],
  });

  it('should name one subject for a matrix and its transpose, when the database has not answered', () => {
    const asked = matrixCandidate(undefined, { rowId: PROGRESS, columnId: PLAN }, ['2025-26']);
    const transposed = matrixCandidate(undefined, { rowId: PLAN, columnId: PROGRESS }, ['2025-26']);
    expect(subjectKeyOf(asked)).toBe(subjectKeyOf(transposed));
    expect(subjectKeyOf(asked)).toBe(`${PLAN}:${PROGRESS}`);
    // No set known: the ledger withholds it rather than serve it unchecked.
    expect(asked).toMatchObject({ submissions: null, released: false, refused: false });
    expect(planReleases([asked], new Map(), new Set(), 5).withheld.size).toBe(1);
  });

  it("should carry the database's set and whether it was released before", () => {
    expect(matrixCandidate(row([1, 2, 3, 4, 5, 6]), { rowId: PROGRESS, columnId: PLAN }, ['2025-26'])).toMatchObject({
      subjectId: PLAN,
      dimensionId: PROGRESS,
      submissions: [1, 2, 3, 4, 5, 6],
      released: false,
      rounds: ['2025-26'],
    });
    expect(matrixCandidate(row(null), { rowId: PROGRESS, columnId: PLAN }, ['2025-26'])).toMatchObject({
      submissions: null,
      released: true,
    });
  });

  it("should withhold a matrix one submission from one released before, and say why under the matrix's cell", () => {
    const earlier = new Map([[`${PLAN}:${PROGRESS}`, [[1, 2, 3, 4, 5, 6]]]]);
    const candidate = matrixCandidate(row([1, 2, 3, 4, 5, 6, 7]), { rowId: PROGRESS, columnId: PLAN }, ['2025-26']);
    const plan = planReleases([candidate], earlier, new Set([1]), 5);
    expect(matrixWithheldReason(plan.withheld)).toBe(releaseWithheldReason(5));
    expect(plan.refusals).toHaveLength(1);
  });
});
