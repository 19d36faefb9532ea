import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * The queries that compute figures across councils: each costs tens of milliseconds of database
 * and Node time however few fields it selects, which graphql-armor's per-field cost cannot see
 * (15 aliased item-level positions cost 2.8 s and passed it).
 */
export const BENCHMARK_QUERY_FIELDS = ['councilPosition', 'sectorView', 'dimensionMatrix'];

/** The dashboard asks for one per operation; a few more leave room for scripts, not for a flood of aliases. */
export const MAX_BENCHMARK_READS = 3;

/** Refuses an operation with more than MAX_BENCHMARK_READS benchmark queries (each alias counts, fragments included). */
export const benchmarkReadsRule: ValidationRule = (context: ValidationContext) => ({
  OperationDefinition(operation) {
    const keys = new Set<string>();
    const seenFragments = new Set<string>();
    const stack: SelectionSetNode[] = [operation.selectionSet];
    while (stack.length > 0) {
      for (const selection of stack.pop()!.selections) {
        if (selection.kind === Kind.FIELD) {
          if (BENCHMARK_QUERY_FIELDS.includes(selection.name.value)) keys.add(selection.alias?.value ?? selection.name.value);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          stack.push(selection.selectionSet);
        } else if (!seenFragments.has(selection.name.value)) {
          seenFragments.add(selection.name.value);
          const fragment = context.getFragment(selection.name.value);
          if (fragment) stack.push(fragment.selectionSet);
        }
      }
    }
    if (keys.size > MAX_BENCHMARK_READS)
      context.reportError(
        new GraphQLError(
          `At most ${MAX_BENCHMARK_READS} benchmark queries (councilPosition, sectorView, dimensionMatrix) in one request.`,
          {
            nodes: [operation],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ),
      );
  },
});
