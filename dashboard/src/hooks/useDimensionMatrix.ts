import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import type { GetDimensionMatrixQueryVariables } from '../graphql/generated/graphql';
import type { MatrixData } from '../charts/breakthrough-matrix/breakthrough-matrix.domain';
import { GET_DIMENSION_MATRIX, type GetDimensionMatrixResult } from '../graphql/queries/getDimensionMatrix';

/** The matrix as the API sent it, and shaped for the chart. */
export type UseDimensionMatrixResult = {
  matrix: GetDimensionMatrixResult | undefined;
  data: MatrixData | undefined;
  loading: boolean;
  error: ErrorLike | undefined;
};

/** Maps the API's matrix to the chart's plain data, so the chart never depends on the API's shape. */
export function toMatrixData(matrix: GetDimensionMatrixResult): MatrixData {
  return {
    councilName: matrix.council.name,
    itemLabel: matrix.framework.itemLabel,
    rowTitle: matrix.rowDimension.title,
    columnTitle: matrix.columnDimension.title,
    rowLevels: matrix.rowDimension.levels,
    columnLevels: matrix.columnDimension.levels,
    cells: matrix.cells.map((c) => ({
      rowKey: c.rowLevel.key,
      columnKey: c.columnLevel.key,
      councilItems: c.councilItems,
      peerShare: c.peerShare,
    })),
    // In the framework's order: by section, then item.
    items: [...matrix.items]
      .sort((a, b) => a.section.position - b.section.position || a.item.position - b.item.position)
      .map((i) => ({
        key: i.item.key,
        text: i.item.text,
        sectionTitle: i.section.title,
        rowLevel: i.rowLevel,
        columnLevel: i.columnLevel,
        actFirst: i.actFirst,
      })),
    peersSuppressed: matrix.peersSuppressed,
    peersSuppressionReason: matrix.peersSuppressionReason,
  };
}

/** Runs GetDimensionMatrix for these variables (nothing while there are none). */
export function useDimensionMatrix(variables: GetDimensionMatrixQueryVariables | null): UseDimensionMatrixResult {
  const { data, loading, error } = useQuery(GET_DIMENSION_MATRIX, variables ? { variables } : skipToken);
  const matrix = data?.dimensionMatrix;
  const shaped = useMemo(() => (matrix ? toMatrixData(matrix) : undefined), [matrix]);
  return { matrix, data: shaped, loading, error };
}
