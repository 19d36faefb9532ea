/**
 * Which two of a framework's rating dimensions form the rows and columns of the matrix. Null on
 * both means the API's default (the framework's first dimension as rows, its second as columns).
 * Pure, so the rules are tested without a browser.
 */

/** The dimension keys for the rows and the columns; null leaves each to the API's default. */
export type MatrixAxes = { rows: string | null; columns: string | null };

/** The API's default: the first dimension as rows, the second as columns. */
export const DEFAULT_AXES: MatrixAxes = { rows: null, columns: null };

/**
 * The axes to ask the API for: two different dimensions the framework has, filling in the one not
 * named with the first other dimension, or the default when the URL names none that fits. Until the
 * framework's dimensions are known (null) the URL's keys are passed on; the API says if one is unknown.
 */
export function resolveAxes(dimensionKeys: string[] | null, axes: MatrixAxes): MatrixAxes {
  if (dimensionKeys === null) return axes;
  if (dimensionKeys.length < 2) return DEFAULT_AXES;
  const rows = axes.rows !== null && dimensionKeys.includes(axes.rows) ? axes.rows : null;
  const columns = axes.columns !== null && axes.columns !== rows && dimensionKeys.includes(axes.columns) ? axes.columns : null;
  if (rows === null && columns === null) return DEFAULT_AXES;
  const resolvedRows = rows ?? dimensionKeys.find((k) => k !== columns)!;
  const resolvedColumns = columns ?? dimensionKeys.find((k) => k !== resolvedRows)!;
  // The default pair is written as the default, so the address stays short and one view has one URL.
  return resolvedRows === dimensionKeys[0] && resolvedColumns === dimensionKeys[1]
    ? DEFAULT_AXES
    : { rows: resolvedRows, columns: resolvedColumns };
}

/** The row and column dimension keys actually in use (the defaults filled in); null with fewer than two dimensions. */
export function axesInUse(dimensionKeys: string[], axes: MatrixAxes): { rows: string; columns: string } | null {
  if (dimensionKeys.length < 2) return null;
  const resolved = resolveAxes(dimensionKeys, axes);
  return { rows: resolved.rows ?? dimensionKeys[0], columns: resolved.columns ?? dimensionKeys[1] };
}

/**
 * The axes after choosing a dimension for the rows or the columns. Choosing the dimension the other
 * axis has swaps the two, so a one-click choice never leaves the same dimension on both.
 */
export function chooseAxis(dimensionKeys: string[], axes: MatrixAxes, axis: 'rows' | 'columns', key: string): MatrixAxes {
  const current = axesInUse(dimensionKeys, axes);
  if (current === null || !dimensionKeys.includes(key)) return resolveAxes(dimensionKeys, axes);
  const other = axis === 'rows' ? 'columns' : 'rows';
  const next = { ...current, [axis]: key };
  if (next[other] === key) next[other] = current[axis];
  return resolveAxes(dimensionKeys, next);
}
