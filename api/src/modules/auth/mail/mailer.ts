import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';

import nodemailer, { type Transporter } from 'nodemailer';

import { PROJECT_ROOT } from '../../../common/project-root';

/** Where email goes: an SMTP server, or (with none configured) a folder of .eml files and the log. */
export type MailPolicy = {
  smtp: { host: string; port: number; secure: boolean; user: string; password: string } | null;
  from: string;
  /** Relative paths are taken from the project root. */
  outboxDir: string;
};

/** One message, as plain text: Touchstone's emails carry a sentence or two and a link. */
export type OutgoingMail = { to: string; subject: string; text: string };

/**
 * Sends Touchstone's emails with nodemailer. With SMTP_HOST set, through that server. Without it
 * (development and tests), each message is built exactly as it would be sent and written to the
 * outbox folder as an .eml file, which any mail program opens, and the log says where it is and
 * what it says, so the flows that send email can be tried without a mail server.
 */
export class Mailer {
  private readonly transport: Transporter;
  private readonly outbox: string | null;

  constructor(
    private readonly policy: MailPolicy,
    private readonly log: (message: string) => void = console.info,
  ) {
    const { smtp } = policy;
    this.transport = smtp
      ? nodemailer.createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
        })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    this.outbox = smtp ? null : isAbsolute(policy.outboxDir) ? policy.outboxDir : join(PROJECT_ROOT, policy.outboxDir);
  }

  /** The folder messages are written to, or null when they go to an SMTP server. */
  get outboxDir(): string | null {
    return this.outbox;
  }

  /** Sends one message (or writes it to the outbox); throws what the transport throws. */
  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.policy.from, ...mail });
    if (!this.outbox) return;
    await mkdir(this.outbox, { recursive: true });
    // Sortable by time, and unique within the same millisecond.
    const file = join(this.outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`);
    await writeFile(file, info.message as Buffer);
    this.log(`Email not sent (no SMTP_HOST): "${mail.subject}" to ${mail.to} is in ${file}\n${mail.text}`);
  }
}
