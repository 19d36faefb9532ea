import { SESSION_COOKIE } from '../../api/src/app';
import { JOIN_CODE_ALPHABET } from '../../api/src/modules/facilitated-session/join-code';
import { SESSION_EVENTS_CHANNEL } from '../../api/src/modules/facilitated-session/session.events';
import { createUser, frameworkFileAsVersion, throwawayEmail } from '../support/administration';
import { SessionSubscriber } from '../support/session-clients';
import { ACCOUNTS, type AccountName, type GraphQLClient, type GraphQLResponse, startTestApp, type TestApp } from '../support/test-app';

/**
 * Every query and mutation × every role × the council it targets (the viewer's own, a consenting
 * collaboration partner's, one shared with PAS, or another), asserting allowed or refused. The
 * operation list is read from the live schema, so an operation added without an entry here fails.
 */

type Role = AccountName | 'anonymous';
type Relation = 'own' | 'collaborating' | 'shared-with-pas' | 'other';
type Outcome = 'allowed' | 'refused' | 'unauthenticated';
type Target = {
  gss: string;
  councilId: string;
  submittedId: string;
  draftId: () => Promise<string>;
  /** A fresh live session on a fresh draft, with pm-1 on screen in the given phase. */
  session: (phase?: 'scoring' | 'revealed') => Promise<{ sessionId: string; joinCode: string }>;
  /** A plan of the council's, shared with its consenting partners, and with PAS where the council shares its results with PAS. */
  plan: { id: string; headingId: string; challengeId: string; actionId: string; sharedWithPas: boolean };
};

const COUNCILS = { chesterfield: 'E07000034', bolsover: 'E07000033', hartlepool: 'E06000001', uttlesford: 'E07000077' };

/** Which council each relation means for each role, from the demo accounts' set-up. */
const TARGETS: Record<Role, Partial<Record<Relation, string>>> = {
  anonymous: { other: COUNCILS.uttlesford },
  chesterfieldLead: { own: COUNCILS.chesterfield, collaborating: COUNCILS.bolsover, other: COUNCILS.uttlesford },
  bolsoverMember: { own: COUNCILS.bolsover, collaborating: COUNCILS.chesterfield, other: COUNCILS.uttlesford },
  hartlepoolLead: { own: COUNCILS.hartlepool, other: COUNCILS.uttlesford },
  uttlesfordLead: { own: COUNCILS.uttlesford, other: COUNCILS.chesterfield },
  analyst: { 'shared-with-pas': COUNCILS.chesterfield, other: COUNCILS.uttlesford },
  admin: { other: COUNCILS.uttlesford },
};

const isLead = (role: Role) => role.endsWith('Lead');
const isCouncilUser = (role: Role) => isLead(role) || role === 'bolsoverMember';
const signedIn =
  (rule: (role: Role, relation: Relation) => boolean) =>
  (role: Role, relation: Relation): Outcome =>
    role === 'anonymous' ? 'unauthenticated' : rule(role, relation) ? 'allowed' : 'refused';

/** The rules as the design states them, written independently of the code's access policy. */
const RULES = {
  public: (): Outcome => 'allowed',
  anySignedIn: signedIn(() => true),
  readAgreed: signedIn((role, rel) => role === 'admin' || rel === 'own' || rel === 'collaborating' || rel === 'shared-with-pas'),
  readFull: signedIn((role, rel) => role === 'admin' || rel === 'own' || rel === 'shared-with-pas'),
  contribute: signedIn((role, rel) => role === 'admin' || (isCouncilUser(role) && rel === 'own')),
  leadOnly: signedIn((role, rel) => role === 'admin' || (isLead(role) && rel === 'own')),
  // Each target council's plan is shared with its partners, and with PAS where it shares its results with PAS.
  readPlan: signedIn((role, rel) => role === 'admin' || rel === 'own' || rel === 'collaborating' || rel === 'shared-with-pas'),
  councilUsers: signedIn((role) => isCouncilUser(role)),
  councilUsersAndAdmin: signedIn((role) => isCouncilUser(role) || role === 'admin'),
  leads: signedIn((role) => isLead(role)),
  leadsAndAdmin: signedIn((role) => isLead(role) || role === 'admin'),
  admin: signedIn((role) => role === 'admin'),
  // Consent is given by a lead whose council is in the group.
  groupLead: signedIn((role) => role === 'chesterfieldLead'),
  groupMembers: signedIn((role) => role === 'chesterfieldLead' || role === 'bolsoverMember' || role === 'admin'),
  sector: signedIn((role) => role === 'analyst' || role === 'admin'),
  seeCircumstances: signedIn((role, rel) => role === 'analyst' || role === 'admin' || rel === 'own'),
  recordCircumstance: signedIn((role, rel) => role === 'analyst' || role === 'admin' || (isLead(role) && rel === 'own')),
  // A participant acts by its device token alone: no sign-in, of any role, stands in for one.
  participantToken: (): Outcome => 'unauthenticated',
};

/** The only mutations an API token may run, with the submit scope: getting its council's assessment in (the design, not the code's list). */
const TOKEN_SUBMISSIONS = new Set([
  ...['createAssessment', 'planAssessment'], // start and plan
  ...['recordParticipantResponses', 'recordAgreedRatings'], // record
  ...['submitAssessment', 'submitCompletedAssessment'], // submit
]);

// Each draft and submission needs a round of its own that no demo data uses; 1950 leaves room for well over a hundred.
let round = 1950;
const nextRound = () => `${round}-${String((round++ + 1) % 100).padStart(2, '0')}`;

// Each framework upload needs a version of its own that nothing else publishes.
let frameworkVersion = 0;
const nextFrameworkVersion = () => `2090.${++frameworkVersion}`;

/** A framework upload made below the API (as the owner), ready to preview or publish. */
async function createUpload(t: TestApp): Promise<string> {
  const version = nextFrameworkVersion();
  const [{ id: adminId }] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ACCOUNTS.admin]);
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO framework_upload (file_name, source, content_hash, key, version, title, uploaded_by_id)
     VALUES ($1, $2, repeat('0', 64), 'improvement-self-assessment', $3, 'Matrix upload', $4) RETURNING id`,
    [`${version}.yaml`, frameworkFileAsVersion(version), version, adminId],
  );
  return id;
}

// The published round the benchmark reads are asked about, and one statement's rating for the writes.
const PUBLISHED = 'frameworkKey: "improvement-breakthroughs", round: "2024-25"';
const GOOD_ON_PM1 = '[{ itemKey: "pm-1", levelKey: "good" }]';

const anyCollaborationGroupId = async (t: TestApp): Promise<string> =>
  (await t.dataSource.query(`SELECT id FROM collaboration_group LIMIT 1`))[0].id;

/** Runs an operation on a throwaway user, so that disabling or demoting never touches the roles' own accounts. */
const onThrowawayUser = (mutation: string) => async (c: GraphQLClient, _x: Target, t: TestApp) =>
  c(mutation, { userId: await createUser(t, throwawayEmail('matrix'), 'council_member', COUNCILS.uttlesford) });

type Operation = {
  rule: (role: Role, relation: Relation) => Outcome;
  run: (client: GraphQLClient, target: Target, t: TestApp, role: Role) => Promise<GraphQLResponse>;
};

/** A lead's mutation on a live session (opened, or with its votes revealed), on one of its statements or on the whole session. */
const sessionMutation = (field: string, { itemKey, phase }: { itemKey?: string; phase?: 'revealed' } = {}): Operation => ({
  rule: RULES.leadOnly,
  run: async (c, x) => {
    const statement = itemKey ? `, itemKey: "${itemKey}"` : '';
    return c(`mutation { ${field}(sessionId: "${(await x.session(phase)).sessionId}"${statement}) { scoredCount } }`);
  },
});

/** An operation written from its target alone. */
const operation = (rule: Operation['rule'], query: (x: Target) => string): Operation => ({ rule, run: (c, x) => c(query(x)) });

/** A query on a live session, by its id. */
const sessionQuery = (field: string, rule: Operation['rule'], selection: string): Operation => ({
  rule,
  run: async (c, x) => c(`{ ${field}(sessionId: "${(await x.session()).sessionId}") { ${selection} } }`),
});

const OPERATIONS: Record<string, Operation> = {
  // Queries
  me: { rule: RULES.anySignedIn, run: (c) => c('{ me { email } }') },
  frameworks: { rule: RULES.anySignedIn, run: (c) => c('{ frameworks { key } }') },
  framework: { rule: RULES.anySignedIn, run: (c) => c('{ framework(key: "dm-challenge-toolkit") { key } }') },
  councils: { rule: RULES.anySignedIn, run: (c) => c('{ councils(take: 5) { gssCode } }') },
  council: { rule: RULES.anySignedIn, run: (c, x) => c(`{ council(gssCode: "${x.gss}") { name } }`) },
  apiTokens: { rule: RULES.anySignedIn, run: (c) => c('{ apiTokens { id } }') },
  assessment: { rule: RULES.readAgreed, run: (c, x) => c(`{ assessment(id: "${x.submittedId}") { id status } }`) },
  assessments: { rule: RULES.readAgreed, run: (c, x) => c(`{ assessments(councilGssCode: "${x.gss}") { id } }`) },
  circumstances: { rule: RULES.seeCircumstances, run: (c, x) => c(`{ circumstances(councilGssCode: "${x.gss}") { kind source } }`) },
  recordCircumstance: operation(
    RULES.recordCircumstance,
    (x) => `mutation { recordCircumstance(input: { councilGssCode: "${x.gss}", kind: CASH_STRAPPED, round: "2098-99" }) { source } }`,
  ),
  // Whether a circumstance may be removed depends on who recorded it, so an unknown id tests only the sign-in rule here.
  removeCircumstance: operation(RULES.anySignedIn, () => 'mutation { removeCircumstance(id: "00000000-0000-4000-8000-000000000000") }'),
  peerGroups: { rule: RULES.anySignedIn, run: (c) => c('{ peerGroups { key } }') },
  figureRules: { rule: RULES.anySignedIn, run: (c) => c('{ figureRules { minOtherCouncils contributorBands } }') },
  councilPosition: operation(
    RULES.readFull,
    (x) => `{ councilPosition(councilGssCode: "${x.gss}", ${PUBLISHED}) { subjects { councilScore comparisons { median } } } }`,
  ),
  sectorView: operation(RULES.sector, () => `{ sectorView(${PUBLISHED}) { cells { median } } }`),
  dimensionMatrix: operation(
    RULES.readFull,
    (x) => `{ dimensionMatrix(councilGssCode: "${x.gss}", ${PUBLISHED}) { cells { peerShare } } }`,
  ),
  collaborationComparison: {
    rule: RULES.groupMembers,
    run: async (c, _x, t) =>
      c(`{ collaborationComparison(groupId: "${await anyCollaborationGroupId(t)}", ${PUBLISHED}) { rows { difference } } }`),
  },
  collaborationGroups: { rule: RULES.councilUsersAndAdmin, run: (c) => c('{ collaborationGroups { name } }') },
  sharesWithPas: { rule: RULES.councilUsers, run: (c) => c('{ sharesWithPas }') },
  // Administration
  users: { rule: RULES.admin, run: (c) => c('{ users { email status } }') },
  auditEvents: { rule: RULES.admin, run: (c) => c('{ auditEvents(take: 5) { total events { action } } }') },
  pasSharingCouncils: { rule: RULES.sector, run: (c) => c('{ pasSharingCouncils { council { gssCode } } }') },
  frameworkUploads: { rule: RULES.admin, run: (c) => c('{ frameworkUploads { id published } }') },
  frameworkUploadPreview: {
    rule: RULES.admin,
    run: async (c, _x, t) => c(`{ frameworkUploadPreview(uploadId: "${await createUpload(t)}") { itemCount } }`),
  },
  // Mutations
  signIn: { rule: RULES.public, run: (c) => c('mutation { signIn(input: { email: "nobody@example.org", password: "wrong" }) { email } }') },
  // Signs out a session of its own, so the role's shared session stays for the other cells.
  signOut: {
    rule: RULES.public,
    run: async (c, _x, t, role) => {
      if (role === 'anonymous') return c('mutation { signOut }');
      const { sessionToken } = await t.signIn(ACCOUNTS[role]);
      return t.client({ cookie: `${SESSION_COOKIE}=${sessionToken}` })('mutation { signOut }');
    },
  },
  acceptInvitation: operation(
    RULES.public,
    () =>
      'mutation { acceptInvitation(input: { invitationToken: "tsi_not-a-real-token", password: "a long enough passphrase" }) { email } }',
  ),
  // Signed out by nature; the answer never says whether an address has an account.
  requestPasswordReset: operation(RULES.public, () => 'mutation { requestPasswordReset(input: { email: "nobody@example.org" }) }'),
  resetPassword: operation(
    RULES.public,
    () => 'mutation { resetPassword(input: { resetToken: "tsr_not-a-real-token", password: "a long enough passphrase" }) }',
  ),
  createAssessment: operation(
    RULES.contribute,
    (x) =>
      `mutation { createAssessment(input: { councilGssCode: "${x.gss}", frameworkKey: "dm-challenge-toolkit", round: "${nextRound()}" }) { id } }`,
  ),
  recordParticipantResponses: {
    rule: RULES.contribute,
    run: async (c, x) =>
      c(
        `mutation { recordParticipantResponses(input: { assessmentId: "${await x.draftId()}", role: OFFICER, responses: ${GOOD_ON_PM1} }) { id } }`,
      ),
  },
  recordAgreedRatings: {
    rule: RULES.leadOnly,
    run: async (c, x) =>
      c(`mutation { recordAgreedRatings(input: { assessmentId: "${await x.draftId()}", ratings: ${GOOD_ON_PM1} }) { id } }`),
  },
  submitCompletedAssessment: operation(
    RULES.leadOnly,
    (x) =>
      `mutation { submitCompletedAssessment(input: { councilGssCode: "${x.gss}", frameworkKey: "dm-challenge-toolkit", round: "${nextRound()}", participants: [{ role: OFFICER, responses: ${GOOD_ON_PM1} }] }) { id status } }`,
  ),
  submitAssessment: {
    rule: RULES.leadOnly,
    run: async (c, x) => c(`mutation { submitAssessment(assessmentId: "${await x.draftId()}") { id } }`),
  },
  inviteUser: operation(
    RULES.leadOnly,
    (x) =>
      `mutation { inviteUser(input: { email: "invitee-${Math.random().toString(36).slice(2)}@example.org", role: COUNCIL_MEMBER, councilGssCode: "${x.gss}" }) { invitationToken } }`,
  ),
  createApiToken: operation(
    RULES.anySignedIn,
    () => 'mutation { createApiToken(input: { name: "matrix", scopes: [READ], expiresInDays: 1 }) { token } }',
  ),
  revokeApiToken: {
    rule: RULES.anySignedIn,
    run: async (c) => {
      const created = await c(
        'mutation { createApiToken(input: { name: "to revoke", scopes: [READ], expiresInDays: 1 }) { apiToken { id } } }',
      );
      return created.errors ? created : c(`mutation { revokeApiToken(id: "${created.data!.createApiToken.apiToken.id}") { id } }`);
    },
  },
  createCollaborationGroup: operation(
    RULES.admin,
    () =>
      `mutation { createCollaborationGroup(input: { name: "Group ${Math.random()}", councilGssCodes: ["E07000034", "E06000001"] }) { id } }`,
  ),
  setCollaborationConsent: {
    rule: RULES.groupLead,
    run: async (c, _x, t) =>
      c(`mutation { setCollaborationConsent(groupId: "${await anyCollaborationGroupId(t)}", consent: true) { name } }`),
  },
  setPasSharing: { rule: RULES.leads, run: (c) => c('mutation { setPasSharing(share: true) }') },
  inviteCouncilsToGroup: {
    rule: RULES.admin,
    run: async (c, _x, t) =>
      c(
        `mutation { inviteCouncilsToGroup(input: { groupId: "${await anyCollaborationGroupId(t)}", councilGssCodes: ["${COUNCILS.uttlesford}"] }) { id } }`,
      ),
  },
  changeUserRole: {
    rule: RULES.admin,
    run: onThrowawayUser('mutation ($userId: ID!) { changeUserRole(input: { userId: $userId, role: PAS_ANALYST }) { role } }'),
  },
  disableUser: { rule: RULES.admin, run: onThrowawayUser('mutation ($userId: ID!) { disableUser(userId: $userId) { status } }') },
  enableUser: { rule: RULES.admin, run: onThrowawayUser('mutation ($userId: ID!) { enableUser(userId: $userId) { status } }') },
  endUserSessions: { rule: RULES.admin, run: onThrowawayUser('mutation ($userId: ID!) { endUserSessions(userId: $userId) }') },
  uploadFrameworkVersion: {
    rule: RULES.admin,
    run: (c) =>
      c('mutation ($source: String!) { uploadFrameworkVersion(input: { fileName: "matrix.yaml", source: $source }) { __typename } }', {
        source: frameworkFileAsVersion(nextFrameworkVersion()),
      }),
  },
  publishFrameworkVersion: {
    rule: RULES.admin,
    run: async (c, _x, t) => c(`mutation { publishFrameworkVersion(uploadId: "${await createUpload(t)}") { version } }`),
  },
  // Assessment plans and facilitated sessions
  planAssessment: {
    rule: RULES.contribute,
    run: async (c, x) => c(`mutation { planAssessment(input: { assessmentId: "${await x.draftId()}", purpose: "Matrix" }) { id } }`),
  },
  facilitatedSessions: {
    rule: RULES.contribute,
    run: async (c, x) => c(`{ facilitatedSessions(assessmentId: "${await x.draftId()}") { participantCount } }`),
  },
  facilitatorSession: sessionQuery('facilitatorSession', RULES.leadOnly, 'scoredCount'),
  presenterSession: sessionQuery('presenterSession', RULES.leadOnly, 'scoredCount'),
  participantSession: sessionQuery('participantSession', RULES.participantToken, 'role'),
  openSession: {
    rule: RULES.leadOnly,
    run: async (c, x) =>
      c(
        `mutation { openSession(input: { assessmentId: "${await x.draftId()}", sectionKeys: ["performance-management"] }) { join { joinCode } } }`,
      ),
  },
  openStatement: sessionMutation('openStatement', { itemKey: 'pm-2' }),
  revealVotes: sessionMutation('revealVotes'),
  startRevote: sessionMutation('startRevote', { phase: 'revealed' }),
  agreeStatement: {
    rule: RULES.leadOnly,
    run: async (c, x) =>
      c(
        `mutation { agreeStatement(input: { sessionId: "${(await x.session('revealed')).sessionId}", itemKey: "pm-1", levels: [{ levelKey: "good" }] }) { scoredCount } }`,
      ),
  },
  skipStatement: sessionMutation('skipStatement', { itemKey: 'pm-3' }),
  closeJoining: sessionMutation('closeJoining'),
  reopenJoining: sessionMutation('reopenJoining'),
  endSession: sessionMutation('endSession'),
  // Anyone with the code may join, signed in or not; the session's council does not matter.
  joinSession: {
    rule: RULES.public,
    run: async (c, x) =>
      c(`mutation { joinSession(input: { joinCode: "${(await x.session()).joinCode}", role: OFFICER }) { participantToken } }`),
  },
  castVote: {
    rule: RULES.participantToken,
    run: async (c, x) =>
      c(
        `mutation { castVote(input: { sessionId: "${(await x.session()).sessionId}", itemKey: "pm-1", levels: [{ levelKey: "good" }] }) { canVote } }`,
      ),
  },
  // Improvement plans
  improvementPlans: { rule: RULES.readPlan, run: (c, x) => c(`{ improvementPlans(councilGssCode: "${x.gss}") { id } }`) },
  improvementPlan: operation(
    RULES.readPlan,
    (x) => `{ improvementPlan(id: "${x.plan.id}") { id headings { challenges { actions { id } } } } }`,
  ),
  planAction: { rule: RULES.readPlan, run: (c, x) => c(`{ planAction(id: "${x.plan.actionId}") { id history { status } } }`) },
  planStatusView: { rule: RULES.readPlan, run: (c, x) => c(`{ planStatusView(planId: "${x.plan.id}") { counts { total } } }`) },
  planStatusSeries: { rule: RULES.readPlan, run: (c, x) => c(`{ planStatusSeries(planId: "${x.plan.id}") { date total } }`) },
  planBreakthroughCoverage: operation(
    RULES.readPlan,
    (x) => `{ planBreakthroughCoverage(planId: "${x.plan.id}") { questions { linkedActions planCoverageAnswer { key } } } }`,
  ),
  planChallengeSuggestion: operation(
    RULES.anySignedIn,
    () => '{ planChallengeSuggestion(input: { kind: DM_SECTION, subjectKey: "performance-management" }) { suggestedActions } }',
  ),
  createImprovementPlan: operation(
    RULES.leadOnly,
    (x) => `mutation { createImprovementPlan(input: { councilGssCode: "${x.gss}", title: "Matrix ${Math.random()}" }) { id } }`,
  ),
  addPlanHeading: operation(
    RULES.leadOnly,
    (x) => `mutation { addPlanHeading(input: { planId: "${x.plan.id}", title: "Theme ${Math.random()}" }) { id } }`,
  ),
  addPlanChallenge: operation(
    RULES.leadOnly,
    (x) =>
      `mutation { addPlanChallenge(input: { headingId: "${x.plan.headingId}", title: "A challenge", source: { kind: LOCAL_THEME } }) { id } }`,
  ),
  updatePlanChallenge: operation(
    RULES.leadOnly,
    (x) => `mutation { updatePlanChallenge(input: { challengeId: "${x.plan.challengeId}", outcomes: "Measured" }) { id } }`,
  ),
  addPlanAction: operation(
    RULES.leadOnly,
    (x) =>
      `mutation { addPlanAction(input: { challengeId: "${x.plan.challengeId}", description: "Do", lead: "Head of Finance", target: "July 2026" }) { id } }`,
  ),
  updatePlanAction: operation(
    RULES.leadOnly,
    (x) => `mutation { updatePlanAction(input: { actionId: "${x.plan.actionId}", target: "Ongoing" }) { id } }`,
  ),
  // Members add progress updates on their own council's plan; nobody outside the council does.
  addProgressUpdate: operation(
    RULES.contribute,
    (x) =>
      `mutation { addProgressUpdate(input: { actionId: "${x.plan.actionId}", date: "2026-01-15", text: "Update", status: GREEN }) { id } }`,
  ),
  // Sets the sharing the plan already has, so later cells see the same plan.
  setPlanSharing: operation(
    RULES.leadOnly,
    (x) => `mutation { setPlanSharing(input: { planId: "${x.plan.id}", withPartners: true, withPas: ${x.plan.sharedWithPas} }) { id } }`,
  ),
};

/** The administration area's operations (their cells are checked in a test of their own). */
const ADMINISTRATION_OPERATIONS = new Set([
  'users',
  'auditEvents',
  'pasSharingCouncils',
  'frameworkUploads',
  'frameworkUploadPreview',
  'inviteCouncilsToGroup',
  'changeUserRole',
  'disableUser',
  'enableUser',
  'endUserSessions',
  'uploadFrameworkVersion',
  'publishFrameworkVersion',
]);

/** A join code no other session of the suite holds. */
const randomJoinCode = () =>
  Array.from({ length: 6 }, () => JOIN_CODE_ALPHABET[Math.floor(Math.random() * JOIN_CODE_ALPHABET.length)]).join('');

/** A live session on a fresh draft, created below the API (as the owner), with pm-1 on screen. */
async function createSession(t: TestApp, councilId: string, draftId: string, phase: 'scoring' | 'revealed') {
  const [{ framework_id }] = await t.dataSource.query(`SELECT framework_id FROM assessment WHERE id = $1`, [draftId]);
  const [{ section_id, item_id }] = await t.dataSource.query(
    `SELECT i.section_id, i.id AS item_id FROM framework_item i WHERE i.framework_id = $1 AND i.key = 'pm-1'`,
    [framework_id],
  );
  const [{ id: adminId }] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ACCOUNTS.admin]);
  const joinCode = randomJoinCode();
  const [{ id: sessionId }] = await t.dataSource.query(
    `INSERT INTO facilitated_session (assessment_id, council_id, framework_id, mode, section_ids, join_code, join_code_expires_at, current_item_id, created_by_id)
     VALUES ($1, $2, $3, 'live', ARRAY[$4::uuid], $5, now() + interval '1 hour', $6, $7) RETURNING id`,
    [draftId, councilId, framework_id, section_id, joinCode, item_id, adminId],
  );
  await t.dataSource.query(`INSERT INTO session_item_state (session_id, item_id, phase) VALUES ($1, $2, $3)`, [sessionId, item_id, phase]);
  return { sessionId: sessionId as string, joinCode };
}

const outcomeOf = (response: GraphQLResponse): Outcome => {
  const code = response.errors?.[0]?.extensions?.code;
  const reason = response.errors?.[0]?.extensions?.reason;
  if (code === 'UNAUTHENTICATED' && reason !== 'INVALID_CREDENTIALS') return 'unauthenticated';
  // Another council's assessment is invisible (row-level security), so refusal can look like "not found".
  if (code === 'FORBIDDEN' || reason === 'ASSESSMENT_NOT_FOUND' || reason === 'SESSION_NOT_FOUND') return 'refused';
  // So is a plan that is not shared with the viewer, and anything in it.
  if (
    reason === 'PLAN_NOT_FOUND' ||
    reason === 'PLAN_HEADING_NOT_FOUND' ||
    reason === 'PLAN_CHALLENGE_NOT_FOUND' ||
    reason === 'PLAN_ACTION_NOT_FOUND'
  )
    return 'refused';
  if (code === 'INTERNAL_SERVER_ERROR') throw new Error(`server error: ${JSON.stringify(response.errors)}`);
  return 'allowed';
};

describe('access matrix', () => {
  let t: TestApp;
  const clients = new Map<Role, GraphQLClient>();
  const targets = new Map<string, Target>();

  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 2] } });
    clients.set('anonymous', t.gql);
    for (const role of Object.keys(TARGETS) as Role[]) if (role !== 'anonymous') clients.set(role, await t.as(role));
    const dm = (await t.dataSource.query(`SELECT id FROM framework WHERE key = 'dm-challenge-toolkit'`))[0].id;
    for (const gss of Object.values(COUNCILS)) {
      const [{ id: councilId }] = await t.dataSource.query(`SELECT id FROM council WHERE gss_code = $1`, [gss]);
      const [{ id: submittedId }] = await t.dataSource.query(
        `SELECT id FROM assessment WHERE council_id = $1 AND status = 'submitted' LIMIT 1`,
        [councilId],
      );
      // A fresh draft per use, created below the API (as the owner), so every cell starts from the same state.
      const draftId = async () =>
        (
          await t.dataSource.query(`INSERT INTO assessment (council_id, framework_id, round) VALUES ($1, $2, $3) RETURNING id`, [
            councilId,
            dm,
            nextRound(),
          ])
        )[0].id as string;
      const session = async (phase: 'scoring' | 'revealed' = 'scoring') => createSession(t, councilId, await draftId(), phase);
      const planFramework = (await t.dataSource.query(`SELECT id FROM framework WHERE key = 'peer-challenge-plan'`))[0].id;
      const [plan] = await t.dataSource.query(
        `INSERT INTO improvement_plan (council_id, framework_id, title, shared_with_partners, shared_with_pas)
         VALUES ($1, $2, 'Matrix plan', true, EXISTS (SELECT 1 FROM pas_sharing WHERE council_id = $1)) RETURNING id, shared_with_pas`,
        [councilId, planFramework],
      );
      const [heading] = await t.dataSource.query(
        `INSERT INTO plan_heading (plan_id, kind, title, position) VALUES ($1, 'local_theme', 'Matrix theme', 0) RETURNING id`,
        [plan.id],
      );
      const [challenge] = await t.dataSource.query(
        `INSERT INTO plan_challenge (plan_id, heading_id, title, source_kind, position) VALUES ($1, $2, 'Matrix challenge', 'local_theme', 0) RETURNING id`,
        [plan.id, heading.id],
      );
      const [action] = await t.dataSource.query(
        `INSERT INTO plan_action (plan_id, challenge_id, description, lead, target_text, target_kind, target_due_on, position)
         VALUES ($1, $2, 'Matrix action', 'Chief Executive', 'July 2026', 'date', '2026-07-31', 0) RETURNING id`,
        [plan.id, challenge.id],
      );
      targets.set(gss, {
        gss,
        councilId,
        submittedId,
        draftId,
        session,
        plan: { id: plan.id, headingId: heading.id, challengeId: challenge.id, actionId: action.id, sharedWithPas: plan.shared_with_pas },
      });
    }
  });
  afterAll(() => t.close());

  it('should have an entry for every query and mutation in the schema', async () => {
    const schema = await (await t.as('admin'))('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const names = [...schema.data!.__schema.queryType.fields, ...schema.data!.__schema.mutationType.fields]
      .map((f: { name: string }) => f.name)
      .sort();
    expect(Object.keys(OPERATIONS).sort()).toEqual(names);
  });

  const cells = Object.entries(OPERATIONS).flatMap(([name, operation]) =>
    (Object.entries(TARGETS) as [Role, Partial<Record<Relation, string>>][]).flatMap(([role, relations]) =>
      (Object.entries(relations) as [Relation, string][]).map(([relation, gss]) => ({ name, operation, role, relation, gss })),
    ),
  );

  /** The cells whose outcome differs from the rules, each described. */
  const mismatchesOf = async (some: typeof cells): Promise<string[]> => {
    const mismatches: string[] = [];
    for (const { name, operation, role, relation, gss } of some) {
      const expected = operation.rule(role, relation);
      const actual = outcomeOf(await operation.run(clients.get(role)!, targets.get(gss)!, t, role));
      if (actual !== expected) mismatches.push(`${name} as ${role} on ${relation} council: expected ${expected}, got ${actual}`);
    }
    return mismatches;
  };
  // Administration's cells run as a test of their own, so each test keeps within its time.
  const administrationCells = cells.filter((c) => ADMINISTRATION_OPERATIONS.has(c.name));
  const otherCells = cells.filter((c) => !ADMINISTRATION_OPERATIONS.has(c.name));

  it(`should allow or refuse each of the ${otherCells.length} cells as the rules say`, async () => {
    expect(await mismatchesOf(otherCells)).toEqual([]);
  }, 240_000);

  it('should let an API token run only what its scopes allow, and never more than its owner may', async () => {
    const schema = await (await t.as('admin'))('{ __schema { queryType { fields { name } } } }');
    const queries = new Set(schema.data!.__schema.queryType.fields.map((f: { name: string }) => f.name));
    const mismatches: string[] = [];
    for (const role of ['chesterfieldLead', 'admin'] as const) {
      for (const scopes of [['READ'], ['SUBMIT'], ['READ', 'SUBMIT']]) {
        const created = await (
          await t.as(role)
        )(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`, {
          input: { name: `matrix ${scopes.join('+')}`, scopes, expiresInDays: 1 },
        });
        const client = t.client({ authorization: `Bearer ${created.data!.createApiToken.token}` });
        const relation: Relation = role === 'admin' ? 'other' : 'own';
        const target = targets.get(TARGETS[role][relation]!)!;
        for (const [name, operation] of Object.entries(OPERATIONS)) {
          const scopeAllows = queries.has(name) ? scopes.includes('READ') : TOKEN_SUBMISSIONS.has(name) && scopes.includes('SUBMIT');
          const expected = scopeAllows ? operation.rule(role, relation) : 'refused';
          // signOut's entry signs a session of its own out, without the client; here the token itself asks.
          const response = name === 'signOut' ? await client('mutation { signOut }') : await operation.run(client, target, t, role);
          const actual = outcomeOf(response);
          if (actual !== expected) mismatches.push(`${name} with ${role}'s ${scopes.join('+')} token: expected ${expected}, got ${actual}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 240_000);

  it(`should allow or refuse each of the ${administrationCells.length} administration cells as the rules say`, async () => {
    expect(await mismatchesOf(administrationCells)).toEqual([]);
  }, 120_000);

  it('should allow or refuse the session subscription for each role and council as the rules say', async () => {
    const mismatches: string[] = [];
    for (const [role, relations] of Object.entries(TARGETS) as [Role, Partial<Record<Relation, string>>][]) {
      const sessionToken = role === 'anonymous' ? undefined : ((await t.signIn(ACCOUNTS[role])).sessionToken ?? undefined);
      for (const [relation, gss] of Object.entries(relations) as [Relation, string][]) {
        const { sessionId } = await targets.get(gss)!.session();
        const subscriber = new SessionSubscriber(t.app.url, sessionId, { sessionToken });
        try {
          const actual = await subscriptionOutcome(t, subscriber, sessionId);
          const expected = RULES.leadOnly(role, relation);
          if (actual !== expected) mismatches.push(`sessionChanged as ${role} on ${relation} council: expected ${expected}, got ${actual}`);
        } finally {
          await subscriber.close();
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});

/** Refused when the subscription errs; allowed once it hears an event (notified below the API, repeated until heard). */
async function subscriptionOutcome(t: TestApp, subscriber: SessionSubscriber, sessionId: string): Promise<Outcome> {
  for (let attempt = 0; attempt < 20; attempt++) {
    if (subscriber.errors.length > 0) {
      const text = JSON.stringify(subscriber.errors);
      if (text.includes('INTERNAL_SERVER_ERROR')) throw new Error(`server error: ${text}`);
      return text.includes('"UNAUTHENTICATED"') ? 'unauthenticated' : 'refused';
    }
    if (subscriber.events.length > 0) return 'allowed';
    await t.dataSource.query(`SELECT pg_notify($1, json_build_object('sessionId', $2::text, 'kind', 'vote_changed', 'version', 0)::text)`, [
      SESSION_EVENTS_CHANNEL,
      sessionId,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error('the subscription neither erred nor heard an event');
}

describe('sensitive fields', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: { frameworkKeys: ['improvement-breakthroughs'], rounds: 1, participants: [2, 2] } });
  });
  afterAll(() => t.close());

  it('should show a collaboration partner the agreed ratings, without notes, scores or participants', async () => {
    const [{ id, item_id }] = await t.dataSource.query(
      `SELECT a.id, r.item_id FROM assessment a JOIN council c ON c.id = a.council_id JOIN agreed_rating r ON r.assessment_id = a.id WHERE c.gss_code = 'E07000034' LIMIT 1`,
    );
    await t.dataSource.query(
      `UPDATE agreed_rating SET note = 'Private: the team disagreed strongly' WHERE assessment_id = $1 AND item_id = $2`,
      [id, item_id],
    );

    const own = await (await t.as('chesterfieldLead'))(`{ assessment(id: "${id}") { agreedRatings { item { key } level { key } note } } }`);
    expect(own.data!.assessment.agreedRatings.some((r: { note: string | null }) => r.note?.startsWith('Private'))).toBe(true);

    const partner = await t.as('bolsoverMember');
    const seen = await partner(`{ assessment(id: "${id}") { agreedRatings { item { key } level { key } note } } }`);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.assessment.agreedRatings.length).toBeGreaterThan(0);
    expect(seen.data!.assessment.agreedRatings.every((r: { note: string | null }) => r.note === null)).toBe(true);
    for (const field of ['sectionScores { score }', 'participantCount', 'themeScores { score }']) {
      const refused = await partner(`{ assessment(id: "${id}") { ${field} } }`);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }

    // PAS sees Chesterfield's shared results, but never its notes: the note field is for the council's own users.
    const pas = await (await t.as('analyst'))(`{ assessment(id: "${id}") { sectionScores { score } agreedRatings { note } } }`);
    expect(pas.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(pas.errors?.[0].path).toEqual(['assessment', 'agreedRatings', 0, 'note']);
  });

  it('should stop sharing with a partner as soon as either council withdraws consent', async () => {
    const [{ id }] = await t.dataSource.query(
      `SELECT a.id FROM assessment a JOIN council c ON c.id = a.council_id WHERE c.gss_code = 'E07000034' LIMIT 1`,
    );
    const lead = await t.as('chesterfieldLead');
    const [{ group_id }] = await t.dataSource.query(`SELECT group_id FROM collaboration_member LIMIT 1`);
    await lead(`mutation { setCollaborationConsent(groupId: "${group_id}", consent: false) { name } }`);
    const partner = await t.as('bolsoverMember');
    expect((await partner(`{ assessment(id: "${id}") { agreedRatings { level { key } } } }`)).errors?.[0].extensions?.reason).toBe(
      'ASSESSMENT_NOT_FOUND',
    );
    await lead(`mutation { setCollaborationConsent(groupId: "${group_id}", consent: true) { name } }`);
    expect((await partner(`{ assessment(id: "${id}") { agreedRatings { level { key } } } }`)).errors).toBeUndefined();
  });
});
