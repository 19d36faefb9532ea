import { SESSION_COOKIE } from '../../api/src/app';
import { UserRole } from '../../api/src/common/auth/viewer';
import { hashPassword } from '../../api/src/modules/auth/index';

import { SUBMIT_COMPLETED } from './operations';
import type { GraphQLClient, TestApp } from './test-app';

/**
 * Councils' leads beyond the demo accounts, for suites that need many councils to submit through
 * the API as their own leads would: one account per council, signed in, with the demo password.
 */
export async function councilLeads(t: TestApp, gssCodes: readonly string[]): Promise<Map<string, GraphQLClient>> {
  const passwordHash = await hashPassword(t.config.DEMO_PASSWORD);
  const clients = new Map<string, GraphQLClient>();
  for (const gss of gssCodes) {
    const email = `lead.${gss.toLowerCase()}@councils.touchstone.test`;
    await t.dataSource.query(
      `INSERT INTO app_user (email, role, council_id, password_hash)
       SELECT $1, $2, id, $3 FROM council WHERE gss_code = $4
       ON CONFLICT DO NOTHING`,
      [email, UserRole.COUNCIL_LEAD, passwordHash, gss],
    );
    const { sessionToken, response } = await t.signIn(email);
    if (!sessionToken) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(response.errors)}`);
    clients.set(gss, t.client({ cookie: `${SESSION_COOKIE}=${sessionToken}` }));
  }
  return clients;
}

/** The leads of the first `count` district councils of a region (by GSS code), signed in: [gss, lead] in order. */
export async function districtLeads(t: TestApp, region: string, count: number): Promise<[string, GraphQLClient][]> {
  const councils: { gss_code: string }[] = await t.dataSource.query(
    `SELECT gss_code FROM council WHERE type = 'district' AND region = $1 ORDER BY gss_code LIMIT $2`,
    [region, count],
  );
  return [
    ...(
      await councilLeads(
        t,
        councils.map((c) => c.gss_code),
      )
    ).entries(),
  ];
}

/** One council's completed assessment: participants' levels and agreed levels, by item key (one dimension). */
export type Submission = {
  participants?: { role: string; levels: Record<string, string> }[];
  agreed?: Record<string, string>;
};

/** Submits a completed assessment as the council's lead, through the API; throws on any error. */
export async function submitAs(
  lead: GraphQLClient,
  gss: string,
  frameworkKey: string,
  round: string,
  submission: Submission,
): Promise<void> {
  const response = await lead(SUBMIT_COMPLETED, {
    input: {
      councilGssCode: gss,
      frameworkKey,
      round,
      participants: (submission.participants ?? []).map((p) => ({
        role: p.role,
        responses: Object.entries(p.levels).map(([itemKey, levelKey]) => ({ itemKey, levelKey })),
      })),
      agreedRatings: Object.entries(submission.agreed ?? {}).map(([itemKey, levelKey]) => ({ itemKey, levelKey })),
    },
  });
  if (response.errors) throw new Error(`submission for ${gss} failed: ${JSON.stringify(response.errors)}`);
}
