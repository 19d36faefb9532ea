/** A framework's rating dimensions in the framework's order (its first is the default), or none before it is known. */
export function dimensionsInOrder<TDimension extends { position: number }>(
  framework: { dimensions: readonly TDimension[] } | null | undefined,
): TDimension[] {
  return framework ? [...framework.dimensions].sort((a, b) => a.position - b.position) : [];
}
