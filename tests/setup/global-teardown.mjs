/** Stops the run's PostgreSQL; it was started non-persistent, so its data folder is removed. */
export default async function globalTeardown() {
  await globalThis.__TOUCHSTONE_PG__?.stop();
}
