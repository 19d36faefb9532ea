import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A development outbox of its own for a suite (MAIL_OUTBOX_DIR), and the messages written to it. */
export type TestOutbox = {
  dir: string;
  /** Every message so far, oldest first, as the raw .eml text. */
  messages(): string[];
  /** The last link to this path (e.g. /reset-password) in a message to this address, waiting up to a few seconds for it to arrive. */
  waitForLink(to: string, path: string, count?: number): Promise<string>;
  remove(): void;
};

/** Unfolds quoted-printable soft line breaks and escapes, so a long link reads as one line. */
const decodeQuotedPrintable = (text: string): string =>
  text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function createTestOutbox(): TestOutbox {
  const dir = mkdtempSync(join(tmpdir(), 'touchstone-outbox-'));
  const messages = () =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.eml'))
      .sort()
      .map((file) => decodeQuotedPrintable(readFileSync(join(dir, file), 'utf8')));
  return {
    dir,
    messages,
    async waitForLink(to, path, count = 1) {
      const pattern = new RegExp(`https?://[^\\s"]+${path.replace(/\//g, '\\/')}#token=[A-Za-z0-9_%-]+`, 'g');
      for (let waited = 0; waited < 10_000; waited += 100) {
        const links = messages()
          .filter((m) => new RegExp(`^To: ${to}$`, 'mi').test(m))
          .flatMap((m) => m.match(pattern) ?? []);
        if (links.length >= count) return links[links.length - 1];
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`No message to ${to} with a ${path} link arrived in ${dir}`);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
