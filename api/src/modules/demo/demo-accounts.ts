import type { DataSource } from 'typeorm';

import { UserRole } from '../../common/auth/viewer';
import { hashPassword, User } from '../auth/index';
import { CollaborationGroup, CollaborationMember, PasSharing } from '../collaboration/index';
import { Council } from '../council/index';

export type DemoAccount = { email: string; role: UserRole; councilGssCode?: string; description: string };

/** A collaboration group of three neighbouring Derbyshire districts, all consenting, for the collaboration view. */
export const DEMO_GROUP = { name: 'North Derbyshire shared planning (demo)', councils: ['E07000034', 'E07000033', 'E07000038'] };

/** Councils whose demo leads have chosen to share identified results with PAS. */
const SHARES_WITH_PAS = ['E07000034', 'E06000001'];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'lead.chesterfield@demo.touchstone.test',
    role: UserRole.COUNCIL_LEAD,
    councilGssCode: 'E07000034',
    description: 'lead, Chesterfield (in the demo collaboration group; shares with PAS)',
  },
  {
    email: 'lead.hartlepool@demo.touchstone.test',
    role: UserRole.COUNCIL_LEAD,
    councilGssCode: 'E06000001',
    description: 'lead, Hartlepool (shares with PAS)',
  },
  {
    email: 'lead.uttlesford@demo.touchstone.test',
    role: UserRole.COUNCIL_LEAD,
    councilGssCode: 'E07000077',
    description: 'lead, Uttlesford (designated)',
  },
  {
    email: 'member.bolsover@demo.touchstone.test',
    role: UserRole.COUNCIL_MEMBER,
    councilGssCode: 'E07000033',
    description: 'member, Bolsover (in the demo collaboration group)',
  },
  { email: 'analyst@demo.touchstone.test', role: UserRole.PAS_ANALYST, description: 'PAS analyst (sector view)' },
  { email: 'admin@demo.touchstone.test', role: UserRole.ADMINISTRATOR, description: 'administrator' },
];

/**
 * Creates the demo accounts (with the configured demo password), the demo collaboration group and
 * the demo PAS sharing choices, if they do not exist yet. Runs as the owner at start-up.
 */
export async function loadDemoAccounts(dataSource: DataSource, password: string): Promise<DemoAccount[]> {
  const councilIds = new Map(
    (await dataSource.manager.find(Council, { select: { id: true, gssCode: true } })).map((c) => [c.gssCode, c.id]),
  );
  const councilId = (code: string) => {
    const id = councilIds.get(code);
    if (!id) throw new Error(`demo accounts: no council ${code}`);
    return id;
  };
  let passwordHash: string | null = null;
  for (const account of DEMO_ACCOUNTS) {
    if (await dataSource.manager.exists(User, { where: { email: account.email } })) continue;
    passwordHash ??= await hashPassword(password);
    await dataSource.manager.insert(User, {
      email: account.email,
      role: account.role,
      councilId: account.councilGssCode ? councilId(account.councilGssCode) : null,
      passwordHash,
    });
  }
  if (!(await dataSource.manager.exists(CollaborationGroup, { where: { name: DEMO_GROUP.name } }))) {
    const group = await dataSource.manager.save(
      dataSource.manager.create(CollaborationGroup, {
        name: DEMO_GROUP.name,
        description: 'Synthetic demonstration group: three districts exploring a shared planning service.',
      }),
    );
    await dataSource.manager.insert(
      CollaborationMember,
      DEMO_GROUP.councils.map((code) => ({ groupId: group.id, councilId: councilId(code), consentedAt: new Date() })),
    );
  }
  for (const code of SHARES_WITH_PAS) {
    const admin = await dataSource.manager.findOneByOrFail(User, { email: 'admin@demo.touchstone.test' });
    await dataSource.manager.upsert(
      PasSharing,
      { councilId: councilId(code), sharedById: admin.id },
      { conflictPaths: ['councilId'], skipUpdateIfNoValuesChanged: true },
    );
  }
  return DEMO_ACCOUNTS;
}
