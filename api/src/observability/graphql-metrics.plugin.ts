import type { ApolloServerPlugin } from '@apollo/server';

import { graphqlDuration, graphqlRequests } from '../common/metrics';

/** Label values must stay few: names clients choose are labels only when they look like names, and only the first 200 of them. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,80}$/;
const seen = new Set<string>();

/** The label for an operation: its name, 'anonymous' or 'other'. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!OPERATION_NAME.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_OPERATION_LABELS) return 'other';
  seen.add(name);
  return name;
}

/** Counts each GraphQL operation by name and outcome, and times it. */
export const graphqlMetricsPlugin: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    const stopTimer = process.hrtime.bigint();
    return {
      async willSendResponse({ response, operationName }) {
        const operation = operationLabel(operationName ?? request.operationName);
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const outcome = errors?.length ? String(errors[0].extensions?.code ?? 'ERROR') : 'ok';
        graphqlRequests.inc({ operation, outcome });
        graphqlDuration.observe({ operation }, Number(process.hrtime.bigint() - stopTimer) / 1e9);
      },
    };
  },
};
