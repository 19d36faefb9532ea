import { parse } from 'graphql';

import { rejectNulCharactersPlugin } from './reject-nul-characters.plugin';

/** Runs the plugin's check as Apollo does for one request: the parsed document (shared between requests) and the variables. */
async function check(document: ReturnType<typeof parse>, variables: Record<string, unknown> = {}): Promise<void> {
  const hooks = await rejectNulCharactersPlugin.requestDidStart!({} as never);
  await (hooks as { didResolveOperation: (context: unknown) => Promise<void> }).didResolveOperation({ request: { variables }, document });
}

describe('rejectNulCharactersPlugin', () => {
  it('should refuse an inline NUL on every request that sends the same document', async () => {
    const document = parse('{ councils(filter: { search: "a\\u0000b" }) { name } }');
    await expect(check(document)).rejects.toThrow(/NUL character/);
    await expect(check(document)).rejects.toThrow(/NUL character/);
  });

  it('should let a clean document through every time, and still refuse NUL in its variables', async () => {
    const document = parse('query ($search: String) { councils(filter: { search: $search }) { name } }');
    await expect(check(document, { search: 'plain' })).resolves.toBeUndefined();
    await expect(check(document, { search: 'a\u0000b' })).rejects.toThrow(/NUL character/);
    await expect(check(document, { search: 'plain' })).resolves.toBeUndefined();
  });
});
