import type { ErrorLike, OperationVariables, TypedDocumentNode, WatchQueryFetchPolicy } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';

/** A plan query's answer as a page shows it. */
export type UsePlanQueryResult<TData> = { data: TData | undefined; loading: boolean; error: ErrorLike | undefined };

/**
 * Runs a query for a plan page (nothing while the variables are null). By default it reads from the
 * network on every visit, showing what is cached meanwhile: a plan changes under other people's
 * hands (members add progress), and a change made on another page must show here. Loading only
 * until there is something to show: a refetch after a change keeps the page (and its forms) in place.
 */
export function usePlanQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables | null,
  fetchPolicy: WatchQueryFetchPolicy = 'cache-and-network',
): UsePlanQueryResult<TData> {
  const { data, loading, error } = useQuery(query, variables ? { variables, fetchPolicy } : skipToken);
  return { data, loading: loading && !data, error };
}
