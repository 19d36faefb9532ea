/** The dashboard's pages that read a token: the token goes after '#', so it never reaches a server's log or a Referer header. */
export const ACCOUNT_LINK_PATHS = { acceptInvitation: '/accept-invitation', resetPassword: '/reset-password' } as const;

/** The address to send someone, e.g. https://touchstone.example.org/reset-password#token=tsr_…. */
export const accountLink = (publicOrigin: string, page: keyof typeof ACCOUNT_LINK_PATHS, token: string): string =>
  `${publicOrigin}${ACCOUNT_LINK_PATHS[page]}#token=${encodeURIComponent(token)}`;
