import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics, served at /metrics (observability/metrics.http.ts). Labels are
 * few and bounded: operation names are checked before they become labels, and nothing here ever
 * carries a user, a council or an input.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'touchstone_' });

/** GraphQL operations by name and outcome (ok, or the first error's code). */
export const graphqlRequests = new Counter({
  name: 'touchstone_graphql_requests_total',
  help: 'GraphQL operations answered, by operation name and outcome.',
  labelNames: ['operation', 'outcome'],
  registers: [metricsRegistry],
});

/** GraphQL operation latency, from the request's arrival to its answer. */
export const graphqlDuration = new Histogram({
  name: 'touchstone_graphql_request_duration_seconds',
  help: 'Time to answer a GraphQL operation, by operation name.',
  labelNames: ['operation'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

/** Sign-ins refused before or instead of checking a password: the sign-in code calls signInRefusals.inc({ reason }). */
export const signInRefusals = new Counter({
  name: 'touchstone_sign_in_refusals_total',
  help: 'Sign-ins refused, by reason: wrong_password (or unknown account), disabled, throttled (limits), busy (too many password checks at once).',
  labelNames: ['reason'],
  registers: [metricsRegistry],
});

/** Figures withheld by disclosure control (shown as the GSS symbol c). */
export const withheldFigures = new Counter({
  name: 'touchstone_withheld_figures_total',
  help: 'Anonymised figures withheld by disclosure control because too few other councils contributed.',
  registers: [metricsRegistry],
});

/** The database pools' connections: in use, idle and requests waiting for one, per pool. */
export const databasePool = new Gauge({
  name: 'touchstone_database_pool_connections',
  help: 'Database pool connections by pool (primary, replica) and state (total, idle, waiting).',
  labelNames: ['pool', 'state'],
  registers: [metricsRegistry],
});
