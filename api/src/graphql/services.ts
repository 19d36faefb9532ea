/** The composition root moved to api/src/services.ts; this path is kept while dashboard/src/graphql/schema-file.spec.ts loads it. */
export { createServices, type Services } from '../services';
