/**
 * Polls until `check` returns a value other than undefined, or fails after the deadline. Tests wait
 * on states this way, never on fixed sleeps: the deadline is generous and only bounds a failure.
 */
export async function eventually<TResult>(
  what: string,
  check: () => Promise<TResult | undefined>,
  { deadlineMs = 120_000, intervalMs = 100 } = {},
): Promise<TResult> {
  const deadline = Date.now() + deadlineMs;
  let lastError: unknown;
  for (;;) {
    try {
      const result = await check();
      if (result !== undefined) return result;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
