import { UserRole } from '../../api/src/common/auth/viewer';
import { createRequestContext } from '../../api/src/common/request-context';
import { SESSION_COOKIE } from '../../api/src/app';
import { AuditService } from '../../api/src/modules/audit/index';
import { CouncilService } from '../../api/src/modules/council/index';
import { UserAdministrationService } from '../../api/src/modules/auth/user-administration.service';
import { brokenFrameworkFile, createUser, frameworkFileAsVersion, throwawayEmail } from '../support/administration';
import { ACCOUNTS, errorCodes, type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

const AUDIT = `query ($take: Int!, $skip: Int!) { auditEvents(take: $take, skip: $skip) { total events { occurredAt actorEmail actorRole action subjectType subject summary } } }`;
const USERS = `{ users { id email role status council { gssCode } } }`;
const UPLOAD = `mutation ($input: UploadFrameworkVersionInput!) {
  uploadFrameworkVersion(input: $input) {
    ... on FrameworkUpload { id key version title published }
    ... on FrameworkFileRejected { fileName problems { path message } }
  }
}`;

type AuditRow = { action: string; subject: string; summary: string; actorEmail: string };

describe('administration', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  const latestAudit = async (take = 5): Promise<AuditRow[]> => (await admin(AUDIT, { take, skip: 0 })).data!.auditEvents.events;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
  });
  afterAll(() => t.close());

  describe('users', () => {
    it('should list every user with their status and council', async () => {
      const invited = await admin(
        `mutation ($email: String!) { inviteUser(input: { email: $email, role: PAS_ANALYST }) { user { id } } }`,
        {
          email: throwawayEmail('listed'),
        },
      );
      const users = (await admin(USERS)).data!.users as { email: string; status: string; council: { gssCode: string } | null }[];
      expect(users.find((u) => u.email === ACCOUNTS.chesterfieldLead)).toMatchObject({
        status: 'ACTIVE',
        council: { gssCode: 'E07000034' },
      });
      expect(users.find((u) => u.email === ACCOUNTS.admin)).toMatchObject({ status: 'ACTIVE', council: null });
      expect(users.find((u) => u.email.startsWith('listed-'))).toMatchObject({ status: 'INVITED' });
      expect(invited.errors).toBeUndefined();
      expect((await latestAudit(1))[0]).toMatchObject({
        action: 'USER_INVITED',
        summary: 'Invited as PAS analyst',
        actorEmail: ACCOUNTS.admin,
      });
    });

    it("should stop a disabled user's open session and API token on their next request, and let them back in once enabled", async () => {
      const email = throwawayEmail('disabled');
      const userId = await createUser(t, email, 'council_member', 'E07000034');
      const { sessionToken } = await t.signIn(email);
      const session = t.client({ cookie: `${SESSION_COOKIE}=${sessionToken}` });
      const token = (await session('mutation { createApiToken(input: { name: "script", scopes: [READ], expiresInDays: 1 }) { token } }'))
        .data!.createApiToken.token;
      const script = t.client({ authorization: `Bearer ${token}` });
      expect((await session('{ me { email } }')).data!.me.email).toBe(email);
      expect((await script('{ me { email } }')).data!.me.email).toBe(email);

      const disabled = await admin(`mutation ($userId: ID!) { disableUser(userId: $userId) { status isActive } }`, { userId });
      expect(disabled.data!.disableUser).toEqual({ status: 'DISABLED', isActive: false });
      expect(errorCodes(await session('{ me { email } }'))).toEqual([{ code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' }]);
      expect(errorCodes(await script('{ me { email } }'))).toEqual([{ code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' }]);
      expect((await t.signIn(email)).sessionToken).toBeNull();
      expect((await latestAudit(1))[0]).toMatchObject({
        action: 'USER_DISABLED',
        subject: email,
        summary: expect.stringMatching(/ended 1 open session$/),
      });

      await admin(`mutation ($userId: ID!) { enableUser(userId: $userId) { status } }`, { userId });
      // The session ended when the account was disabled; enabling does not bring it back, but the token and a new sign-in work.
      expect(errorCodes(await session('{ me { email } }'))[0].code).toBe('UNAUTHENTICATED');
      expect((await script('{ me { email } }')).data!.me.email).toBe(email);
      expect((await t.signIn(email)).sessionToken).not.toBeNull();
      expect((await latestAudit(1))[0]).toMatchObject({ action: 'USER_ENABLED', subject: email });
    });

    it("should end all of a user's sessions and say how many", async () => {
      const email = throwawayEmail('sessions');
      const userId = await createUser(t, email);
      const sessions = await Promise.all([t.signIn(email), t.signIn(email)]);
      const ended = await admin(`mutation ($userId: ID!) { endUserSessions(userId: $userId) }`, { userId });
      expect(ended.data!.endUserSessions).toBe(2);
      for (const { sessionToken } of sessions)
        expect(errorCodes(await t.client({ cookie: `${SESSION_COOKIE}=${sessionToken}` })('{ me { email } }'))[0].code).toBe(
          'UNAUTHENTICATED',
        );
      expect((await admin(`mutation ($userId: ID!) { endUserSessions(userId: $userId) }`, { userId })).data!.endUserSessions).toBe(0);
      expect((await latestAudit(2)).map((e) => e.summary)).toEqual(['Ended 0 open sessions', 'Ended 2 open sessions']);
    });

    it("should change a user's role and council, and refuse a council role without a council", async () => {
      const email = throwawayEmail('promoted');
      const userId = await createUser(t, email, 'council_member', 'E07000034');
      const CHANGE = `mutation ($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { role council { gssCode } } }`;
      const changed = await admin(CHANGE, { input: { userId, role: 'COUNCIL_LEAD', councilGssCode: 'E06000001' } });
      expect(changed.data!.changeUserRole).toEqual({ role: 'COUNCIL_LEAD', council: { gssCode: 'E06000001' } });
      expect((await latestAudit(1))[0].summary).toBe('Changed role from council member to council lead of Hartlepool');
      expect(errorCodes(await admin(CHANGE, { input: { userId, role: 'COUNCIL_MEMBER' } }))[0].reason).toBe('ROLE_NEEDS_COUNCIL');
      expect(errorCodes(await admin(CHANGE, { input: { userId, role: 'PAS_ANALYST', councilGssCode: 'E06000001' } }))[0].reason).toBe(
        'ROLE_NEEDS_COUNCIL',
      );
      expect(
        errorCodes(await admin(CHANGE, { input: { userId: '00000000-0000-4000-8000-000000000000', role: 'PAS_ANALYST' } }))[0],
      ).toEqual({
        code: 'NOT_FOUND',
        reason: 'USER_NOT_FOUND',
      });
    });

    it('should refuse an administrator disabling or demoting themselves', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ACCOUNTS.admin]);
      expect(errorCodes(await admin(`mutation ($userId: ID!) { disableUser(userId: $userId) { status } }`, { userId: id }))[0].code).toBe(
        'FORBIDDEN',
      );
      const demote = await admin(`mutation ($userId: ID!) { changeUserRole(input: { userId: $userId, role: PAS_ANALYST }) { role } }`, {
        userId: id,
      });
      expect(errorCodes(demote)[0].code).toBe('FORBIDDEN');
      expect((await admin('{ me { role } }')).data!.me.role).toBe('ADMINISTRATOR');
    });

    it('should let one administrator disable another, but never the last one who can sign in', async () => {
      const otherId = await createUser(t, throwawayEmail('second-admin'), 'administrator');
      expect(
        (await admin(`mutation ($userId: ID!) { disableUser(userId: $userId) { status } }`, { userId: otherId })).data!.disableUser.status,
      ).toBe('DISABLED');
      // An actor who is not an administrator in the table (say, one removed a moment ago) still cannot remove the last one.
      const [{ id: demoAdminId }] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ACCOUNTS.admin]);
      const service = new UserAdministrationService(
        t.dataSource,
        new CouncilService(t.dataSource, new AuditService(t.dataSource)),
        new AuditService(t.dataSource),
      );
      const outsider = createRequestContext({
        userId: otherId,
        email: 'someone@example.org',
        role: UserRole.ADMINISTRATOR,
        councilId: null,
        fullAccessCouncilIds: [],
        agreedOnlyCouncilIds: [],
        via: 'session',
        tokenScopes: null,
        tokenId: null,
        secret: '',
      });
      await expect(service.disable(outsider, demoAdminId)).rejects.toMatchObject({ code: 'LAST_ADMINISTRATOR' });
      await expect(service.changeRole(outsider, { userId: demoAdminId, role: UserRole.PAS_ANALYST })).rejects.toMatchObject({
        code: 'LAST_ADMINISTRATOR',
      });
      expect((await admin('{ me { role } }')).data!.me.role).toBe('ADMINISTRATOR');
    });
  });

  describe('councils and sharing', () => {
    it('should record PAS-assigned circumstances and their removal in the audit log', async () => {
      const pas = await t.as('analyst');
      const recorded = await pas(
        `mutation { recordCircumstance(input: { councilGssCode: "E06000001", kind: CRUISING, round: "2026-27" }) { id source } }`,
      );
      expect(recorded.data!.recordCircumstance.source).toBe('PAS_ASSIGNED');
      expect((await latestAudit(1))[0]).toMatchObject({
        action: 'CIRCUMSTANCE_RECORDED',
        subject: 'Hartlepool (E06000001)',
        summary: 'Recorded PAS-assigned circumstance "cruising" for 2026-27',
      });
      await pas(`mutation ($id: ID!) { removeCircumstance(id: $id) }`, { id: recorded.data!.recordCircumstance.id });
      expect((await latestAudit(1))[0]).toMatchObject({ action: 'CIRCUMSTANCE_REMOVED', actorEmail: ACCOUNTS.analyst });
    });

    it('should show PAS and administrators who shares with PAS, and record starting and stopping', async () => {
      const QUERY = '{ pasSharingCouncils { council { gssCode name } sharedAt } }';
      const before = (await (await t.as('analyst'))(QUERY)).data!.pasSharingCouncils as { council: { gssCode: string } }[];
      expect(before.map((s) => s.council.gssCode)).toContain('E07000034');
      expect(before.map((s) => s.council.gssCode)).not.toContain('E07000077');

      const uttlesford = await t.as('uttlesfordLead');
      await uttlesford('mutation { setPasSharing(share: true) }');
      expect(((await admin(QUERY)).data!.pasSharingCouncils as { council: { gssCode: string } }[]).map((s) => s.council.gssCode)).toContain(
        'E06000001',
      );
      await uttlesford('mutation { setPasSharing(share: false) }');
      expect((await latestAudit(2)).map((e) => [e.action, e.subject])).toEqual([
        ['PAS_SHARING_STOPPED', 'Uttlesford (E07000077)'],
        ['PAS_SHARING_STARTED', 'Uttlesford (E07000077)'],
      ]);
      expect(errorCodes(await uttlesford(QUERY))[0].code).toBe('FORBIDDEN');
    });

    it('should create a group, invite councils, and record consent and its withdrawal', async () => {
      const created = await admin(
        `mutation { createCollaborationGroup(input: { name: "Tees planning", councilGssCodes: ["E06000001", "E07000034"] }) { id } }`,
      );
      const groupId = created.data!.createCollaborationGroup.id;
      const invited = await admin(
        `mutation ($groupId: ID!) { inviteCouncilsToGroup(input: { groupId: $groupId, councilGssCodes: ["E07000077", "E06000001"] }) { members { council { gssCode } consents } } }`,
        { groupId },
      );
      expect(invited.data!.inviteCouncilsToGroup.members).toHaveLength(3);
      expect(invited.data!.inviteCouncilsToGroup.members.every((m: { consents: boolean }) => !m.consents)).toBe(true);
      const uttlesford = await t.as('uttlesfordLead');
      await uttlesford(`mutation ($groupId: ID!) { setCollaborationConsent(groupId: $groupId, consent: true) { name } }`, { groupId });
      await uttlesford(`mutation ($groupId: ID!) { setCollaborationConsent(groupId: $groupId, consent: false) { name } }`, { groupId });
      expect((await latestAudit(4)).map((e) => [e.action, e.summary])).toEqual([
        ['COLLABORATION_CONSENT_WITHDRAWN', 'Uttlesford withdrew consent to identified sharing'],
        ['COLLABORATION_CONSENT_GIVEN', 'Uttlesford consented to identified sharing'],
        ['COLLABORATION_COUNCILS_INVITED', 'Invited Uttlesford'],
        ['COLLABORATION_GROUP_CREATED', 'Created the group with Hartlepool, Chesterfield'],
      ]);
      const unknown = await admin(
        `mutation { inviteCouncilsToGroup(input: { groupId: "00000000-0000-4000-8000-000000000000", councilGssCodes: ["E07000077"] }) { id } }`,
      );
      expect(errorCodes(unknown)[0].reason).toBe('GROUP_NOT_FOUND');
    });

    it("should record a change to whom a council's improvement plan is shared with, and not a setting left as it was", async () => {
      const lead = await t.as('hartlepoolLead');
      const created = await lead(
        `mutation { createImprovementPlan(input: { councilGssCode: "E06000001", title: "Hartlepool plan" }) { id } }`,
      );
      const planId = created.data!.createImprovementPlan.id;
      const SHARE = `mutation ($planId: ID!, $pas: Boolean!) { setPlanSharing(input: { planId: $planId, withPartners: false, withPas: $pas }) { id } }`;
      await lead(SHARE, { planId, pas: true });
      await lead(SHARE, { planId, pas: true });
      const events = await latestAudit(2);
      expect(events[0]).toMatchObject({
        action: 'PLAN_SHARING_CHANGED',
        subject: 'Hartlepool plan',
        summary: 'Now not shared with collaboration partners and shared with PAS',
      });
      expect(events[1].action).not.toBe('PLAN_SHARING_CHANGED');
    });
  });

  describe('framework versions', () => {
    it('should refuse a broken file with its name, the path inside it and the problem, and keep nothing', async () => {
      const refused = await admin(UPLOAD, { input: { fileName: 'broken-2031.yaml', source: brokenFrameworkFile('2031') } });
      expect(refused.data!.uploadFrameworkVersion).toEqual({
        fileName: 'broken-2031.yaml',
        problems: [{ path: 'sections[0].items[0].text', message: expect.any(String) }],
      });
      const syntax = await admin(UPLOAD, { input: { fileName: 'syntax.yaml', source: 'key: [unclosed\ntitle: x' } });
      expect(syntax.data!.uploadFrameworkVersion.problems[0]).toEqual({
        path: expect.stringMatching(/^line \d+$/),
        message: expect.stringMatching(/^YAML syntax/),
      });
      const republish = await admin(UPLOAD, { input: { fileName: '2024.yaml', source: frameworkFileAsVersion('2024') } });
      expect(republish.data!.uploadFrameworkVersion.problems).toEqual([
        { path: 'version', message: expect.stringContaining('already published, and a published version never changes') },
      ]);
      expect((await admin('{ frameworkUploads { id } }')).data!.frameworkUploads).toEqual([]);
    });

    it('should keep a valid upload for preview, publish it once, and never change it', async () => {
      const upload = (await admin(UPLOAD, { input: { fileName: '2030.yaml', source: frameworkFileAsVersion('2030') } })).data!
        .uploadFrameworkVersion;
      expect(upload).toMatchObject({ key: 'improvement-self-assessment', version: '2030', published: false });
      const preview = await admin(
        `query ($uploadId: ID!) { frameworkUploadPreview(uploadId: $uploadId) { kind itemCount published latestPublishedVersion sections { title items } dimensions { title levels } } }`,
        { uploadId: upload.id },
      );
      expect(preview.data!.frameworkUploadPreview).toMatchObject({ kind: 'RATING', published: false, latestPublishedVersion: '2024' });
      expect(preview.data!.frameworkUploadPreview.sections[0].items[0]).toMatch(/^pr-1: We map our main processes/);

      const PUBLISH = `mutation ($uploadId: ID!) { publishFrameworkVersion(uploadId: $uploadId) { key version itemCount } }`;
      const published = await admin(PUBLISH, { uploadId: upload.id });
      expect(published.data!.publishFrameworkVersion).toEqual({
        key: 'improvement-self-assessment',
        version: '2030',
        itemCount: preview.data!.frameworkUploadPreview.itemCount,
      });
      const lead = await t.as('chesterfieldLead');
      expect((await lead('{ framework(key: "improvement-self-assessment") { version } }')).data!.framework.version).toBe('2030');
      expect(errorCodes(await admin(PUBLISH, { uploadId: upload.id }))[0]).toEqual({
        code: 'CONFLICT',
        reason: 'VERSION_ALREADY_PUBLISHED',
      });
      expect((await admin('{ frameworkUploads { version published } }')).data!.frameworkUploads).toEqual([
        { version: '2030', published: true },
      ]);
      expect((await latestAudit(2)).map((e) => [e.action, e.subject])).toEqual([
        ['FRAMEWORK_VERSION_PUBLISHED', 'improvement-self-assessment@2030'],
        ['FRAMEWORK_VERSION_UPLOADED', 'improvement-self-assessment@2030'],
      ]);

      // The database itself refuses to change a published version, even for the owner.
      for (const sql of [
        `UPDATE framework SET title = 'Changed' WHERE key = 'improvement-self-assessment' AND version = '2030'`,
        `UPDATE framework_item SET text = 'Changed' WHERE key = 'pr-1'`,
        `DELETE FROM rating_level`,
        `UPDATE framework_upload SET source = ''`,
      ])
        await expect(t.dataSource.query(sql)).rejects.toThrow(/never change/);
      await expect(t.apiDataSource.query(`UPDATE framework SET title = 'Changed'`)).rejects.toThrow(/permission denied/);
    });
  });

  describe('audit log', () => {
    it('should be append-only: the API may add and read rows, and no one may change or remove them', async () => {
      await expect(t.apiDataSource.query(`UPDATE audit_event SET summary = 'Rewritten'`)).rejects.toThrow(/permission denied/);
      await expect(t.apiDataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
      await expect(t.dataSource.query(`UPDATE audit_event SET summary = 'Rewritten'`)).rejects.toThrow(/never change/);
      await expect(t.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/never change/);
      await expect(t.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/never change/);
      await expect(t.dataSource.query(`TRUNCATE framework_upload`)).rejects.toThrow(/never change/);
    });

    it('should page newest first, for administrators only', async () => {
      for (let i = 0; i < 3; i++)
        await admin(`mutation { inviteUser(input: { email: "${throwawayEmail(`page-${i}`)}", role: PAS_ANALYST }) { invitationToken } }`);
      const first = (await admin(AUDIT, { take: 2, skip: 0 })).data!.auditEvents;
      const second = (await admin(AUDIT, { take: 2, skip: 2 })).data!.auditEvents;
      expect(first.total).toBeGreaterThanOrEqual(3);
      expect(first.events.map((e: AuditRow) => e.subject)[0]).toMatch(/^page-2-/);
      expect(first.events.map((e: AuditRow) => e.subject)[1]).toMatch(/^page-1-/);
      expect(second.events.map((e: AuditRow) => e.subject)[0]).toMatch(/^page-0-/);
      const times = [...first.events, ...second.events].map((e: { occurredAt: string }) => Date.parse(e.occurredAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      for (const role of ['analyst', 'chesterfieldLead', 'bolsoverMember'] as const)
        expect(errorCodes(await (await t.as(role))(AUDIT, { take: 5, skip: 0 }))[0].code).toBe('FORBIDDEN');
      expect(errorCodes(await admin(AUDIT, { take: 1000, skip: 0 }))[0].code).toBe('BAD_USER_INPUT');
    });
  });
});
