import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics, served at /metrics (observability/metrics.http.ts). Labels are
 * few and bounded: operation names are checked before they become labels, and nothing here ever
 * carries a user, a council or an input.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'touchstone_' });

/** A counter in metricsRegistry (never prom-client's global one), under its full touchstone_ name. */
export const counter = <TLabel extends string>(name: string, help: string, labelNames: readonly TLabel[] = []): Counter<TLabel> =>
  new Counter({ name, help, labelNames, registers: [metricsRegistry] });

/** A histogram in metricsRegistry, with the buckets its durations need. */
export const histogram = <TLabel extends string>(
  name: string,
  help: string,
  labelNames: readonly TLabel[],
  buckets: number[],
): Histogram<TLabel> => new Histogram({ name, help, labelNames, buckets, registers: [metricsRegistry] });

/** A gauge in metricsRegistry. */
export const gauge = <TLabel extends string>(name: string, help: string, labelNames: readonly TLabel[]): Gauge<TLabel> =>
  new Gauge({ name, help, labelNames, registers: [metricsRegistry] });

/** GraphQL operations by name and outcome (ok, or the first error's code). */
export const graphqlRequests = counter('touchstone_graphql_requests_total', 'GraphQL operations answered, by operation name and outcome.', [
  'operation',
  'outcome',
]);

/** GraphQL operation latency, from the request's arrival to its answer. */
export const graphqlDuration = histogram(
  'touchstone_graphql_request_duration_seconds',
  'Time to answer a GraphQL operation, by operation name.',
  ['operation'],
  [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
);

/** Sign-ins refused before or instead of checking a password: the sign-in code calls signInRefusals.inc({ reason }). */
export const signInRefusals = counter(
  'touchstone_sign_in_refusals_total',
  'Sign-ins refused, by reason: wrong_password (or unknown account), disabled, throttled (limits), busy (too many password checks at once).',
  ['reason'],
);

/** Figures withheld by disclosure control (shown as the GSS symbol c). */
export const withheldFigures = counter(
  'touchstone_withheld_figures_total',
  'Anonymised figures withheld by disclosure control because too few other councils contributed.',
);

/** The database pools' connections: in use, idle and requests waiting for one, per pool. */
export const databasePool = gauge(
  'touchstone_database_pool_connections',
  'Database pool connections by pool (primary, replica) and state (total, idle, waiting).',
  ['pool', 'state'],
);
