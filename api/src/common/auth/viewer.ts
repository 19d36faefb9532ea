import { graphqlEnum, type EnumValue } from '../register-enum';

export const UserRole = graphqlEnum(
  'UserRole',
  ['council_lead', 'council_member', 'pas_analyst', 'administrator'],
  'council_lead and council_member belong to one council; pas_analyst sees the sector view; administrator manages the service.',
);
export type UserRole = EnumValue<typeof UserRole>;

/**
 * Who is asking, with the councils whose data they may reach, resolved once per request from their
 * session or API token. The council sets are what both the API's checks and PostgreSQL's row-level
 * security policies use, so the two cannot disagree.
 */
export type Viewer = {
  userId: string;
  email: string;
  role: UserRole;
  /** The council a lead or member belongs to. */
  councilId: string | null;
  /** Councils whose full results (participants, scores, notes) the viewer may read. */
  fullAccessCouncilIds: string[];
  /** Councils whose agreed ratings only the viewer may read (consenting collaboration partners). */
  agreedOnlyCouncilIds: string[];
  /** How the viewer authenticated: a browser session or a scripted API token. */
  via: 'session' | 'token';
  /** What an API token may do ('read', 'submit'); null for a browser session, which may do all its role allows. */
  tokenScopes: readonly string[] | null;
  /** The API token's id, for recording what was made with it; null for a browser session. */
  tokenId: string | null;
  /**
   * The session or API token itself. Each transaction hands it to PostgreSQL, which checks it
   * against the stored hash and derives the viewer's row-level security from it (touchstone_viewer()).
   */
  secret: string;
};
