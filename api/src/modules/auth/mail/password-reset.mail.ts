import type { OutgoingMail } from './mailer';

/** The email with a password reset link. Says what to do if the person did not ask, since anyone can type an address. */
export function passwordResetMail(to: string, link: string, minutes: number): OutgoingMail {
  return {
    to,
    subject: 'Reset your Touchstone password',
    text: [
      'Someone asked to reset the password of your Touchstone account.',
      '',
      `To choose a new password, open this link within ${minutes} minutes:`,
      link,
      '',
      'The link works once. Setting a new password signs you out everywhere else.',
      '',
      'If you did not ask for this, you can ignore this email: your password has not changed.',
    ].join('\n'),
  };
}
