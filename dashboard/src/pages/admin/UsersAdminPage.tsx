import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { ConfirmAction } from '../../components/ConfirmAction/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { Loading } from '../../components/Loading/Loading';
import { Radios } from '../../components/Radios/Radios';
import { Select } from '../../components/Select/Select';
import { EmailInput } from '../../components/EmailInput/EmailInput';
import { TableHead } from '../../components/TableHead/TableHead';
import { formatDateTime } from '../../format/format-date-time';
import type { UserRole, UserRowFragment as UserRow } from '../../graphql/generated/graphql';
import { CHANGE_USER_ROLE } from '../../graphql/mutations/changeUserRole';
import { DISABLE_USER } from '../../graphql/mutations/disableUser';
import { ENABLE_USER } from '../../graphql/mutations/enableUser';
import { END_USER_SESSIONS } from '../../graphql/mutations/endUserSessions';
import { INVITE_USER } from '../../graphql/mutations/inviteUser';
import { GET_COUNCILS } from '../../graphql/queries/getCouncils';
import { GET_USERS } from '../../graphql/queries/getUsers';
import type { Viewer } from '../../hooks/useViewer';
import { SuccessBanner } from '../../components/SuccessBanner/SuccessBanner';
import { fieldErrorItems } from '../../components/ErrorSummary/field-error-items';

import { ROLE_WORDS, STATUS_WORDS } from './admin-words';
import { ContinueOrCancel } from './ContinueOrCancel';
import { SummaryRow } from './SummaryRow';
import { useAdminAction } from './useAdminAction';

import './administration.css';

const ROLE_OPTIONS = (Object.keys(ROLE_WORDS) as UserRole[]).map((role) => ({ value: role, text: ROLE_WORDS[role] }));
const isCouncilRole = (role: string) => role === 'COUNCIL_LEAD' || role === 'COUNCIL_MEMBER';
const roleOf = (user: UserRow) => `${ROLE_WORDS[user.role]}${user.council ? `, ${user.council.name}` : ''}`;

/** What the page shows: the list (with the invite form), one user, a change of role, or a confirmation. */
type View =
  | { kind: 'list' }
  | { kind: 'user'; userId: string }
  | { kind: 'changeRole'; userId: string }
  | {
      kind: 'confirm';
      userId: string;
      action: 'disable' | 'enable' | 'endSessions' | 'changeRole';
      role?: UserRole;
      councilGssCode?: string;
    };

/** Props of UsersAdminPage. */
export type UsersAdminPageProps = { viewer: Viewer };

/**
 * Administrators' users page: everyone who has an account, inviting someone (the same invitation
 * as a council lead sends), and for each user changing their role, disabling or enabling the
 * account and ending their sessions, each behind a confirmation. An administrator's own account
 * offers none of these: the API refuses them, so the page does not pretend.
 */
export function UsersAdminPage({ viewer }: UsersAdminPageProps) {
  const usersQuery = useQuery(GET_USERS);
  const councilsQuery = useQuery(GET_COUNCILS);
  const [view, setView] = useState<View>({ kind: 'list' });
  const action = useAdminAction();
  const [disable] = useMutation(DISABLE_USER);
  const [enable] = useMutation(ENABLE_USER);
  const [endSessions] = useMutation(END_USER_SESSIONS);
  const [changeRole] = useMutation(CHANGE_USER_ROLE);

  const users = usersQuery.data?.users;
  const councils = councilsQuery.data?.councils ?? [];
  const user = view.kind === 'list' ? undefined : users?.find((u) => u.id === view.userId);

  const confirm = async () => {
    if (view.kind !== 'confirm' || !user) return;
    await action.run(async () => {
      const message = await runUserAction();
      // The page shows the user as they now are before the success message says what changed.
      await usersQuery.refetch();
      return message;
    });
    setView({ kind: 'user', userId: user.id });
  };

  const runUserAction = async (): Promise<string> => {
    if (view.kind !== 'confirm' || !user) return '';
    switch (view.action) {
      case 'disable':
        await disable({ variables: { userId: user.id } });
        return `${user.email} is disabled. Their sessions have ended and their API tokens no longer work.`;
      case 'enable':
        await enable({ variables: { userId: user.id } });
        return `${user.email} can sign in again.`;
      case 'endSessions': {
        const { data } = await endSessions({ variables: { userId: user.id } });
        const count = data?.endUserSessions ?? 0;
        return `Ended ${count} open ${count === 1 ? 'session' : 'sessions'} for ${user.email}.`;
      }
      case 'changeRole':
        await changeRole({ variables: { input: { userId: user.id, role: view.role!, councilGssCode: view.councilGssCode ?? null } } });
        return `${user.email} is now ${ROLE_WORDS[view.role!].toLowerCase()}.`;
    }
  };

  return (
    <>
      {action.problem ? <ErrorSummary key={action.problem.key} items={action.problem.items} /> : null}
      {view.kind === 'confirm' && user ? (
        <ConfirmStep
          view={view}
          user={user}
          busy={action.busy}
          onConfirm={() => void confirm()}
          onCancel={() => setView({ kind: 'user', userId: user.id })}
        />
      ) : view.kind === 'changeRole' && user ? (
        <ChangeRoleForm
          user={user}
          councils={councils}
          onCancel={() => setView({ kind: 'user', userId: user.id })}
          onContinue={(role, councilGssCode) => setView({ kind: 'confirm', userId: user.id, action: 'changeRole', role, councilGssCode })}
        />
      ) : view.kind === 'user' && user ? (
        <UserDetails
          user={user}
          isSelf={user.id === viewer.id}
          status={action.status}
          onBack={() => {
            action.clear();
            setView({ kind: 'list' });
          }}
          onAction={(a) =>
            a === 'changeRole' ? setView({ kind: 'changeRole', userId: user.id }) : setView({ kind: 'confirm', userId: user.id, action: a })
          }
        />
      ) : (
        <>
          <h1 className="govuk-heading-l">Users</h1>
          {usersQuery.loading ? <Loading text="Loading users…" /> : null}
          {users ? (
            <UsersTable
              users={users}
              viewerId={viewer.id}
              onManage={(userId) => {
                action.clear();
                setView({ kind: 'user', userId });
              }}
            />
          ) : null}
          <InviteForm councils={councils} onInvited={() => void usersQuery.refetch()} />
        </>
      )}
    </>
  );
}

function UsersTable({ users, viewerId, onManage }: { users: UserRow[]; viewerId: string; onManage: (userId: string) => void }) {
  return (
    <table className="govuk-table app-admin-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Everyone with an account ({users.length})</caption>
      <TableHead columns={['Email address and role', { text: 'Status', className: 'govuk-!-width-one-quarter' }]} />
      <tbody className="govuk-table__body">
        {users.map((u) => (
          <tr key={u.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
              <button type="button" className="govuk-link app-link-button app-admin-wrap" onClick={() => onManage(u.id)}>
                {u.email}
                {u.id === viewerId ? ' (you)' : ''}
              </button>
              <br />
              <span className="govuk-body-s">{roleOf(u)}</span>
            </th>
            <td className="govuk-table__cell">
              <strong className={`govuk-tag ${STATUS_WORDS[u.status].tag}`}>{STATUS_WORDS[u.status].text}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type UserAction = 'changeRole' | 'disable' | 'enable' | 'endSessions';

function UserDetails({
  user,
  isSelf,
  status,
  onBack,
  onAction,
}: {
  user: UserRow;
  isSelf: boolean;
  status: string;
  onBack: () => void;
  onAction: (action: UserAction) => void;
}) {
  return (
    <>
      {status ? <SuccessBanner headingClassName="app-admin-wrap">{status}</SuccessBanner> : null}
      <h1 className="govuk-heading-l app-admin-wrap">{user.email}</h1>
      <dl className="govuk-summary-list">
        <SummaryRow label="Role">{roleOf(user)}</SummaryRow>
        <SummaryRow label="Status">{STATUS_WORDS[user.status].text}</SummaryRow>
        <SummaryRow label="Last signed in">{user.lastSignedInAt ? formatDateTime(user.lastSignedInAt) : 'Never'}</SummaryRow>
      </dl>
      {isSelf ? (
        <p className="govuk-body">This is your own account. Another administrator must change your role or disable it.</p>
      ) : (
        <div className="govuk-button-group app-admin-actions">
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onAction('changeRole')}>
            Change role
          </button>
          {user.status === 'DISABLED' ? (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onAction('enable')}>
              Enable account
            </button>
          ) : (
            <button type="button" className="govuk-button govuk-button--warning" onClick={() => onAction('disable')}>
              Disable account
            </button>
          )}
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onAction('endSessions')}>
            End all sessions
          </button>
        </div>
      )}
      <p className="govuk-body">
        <button type="button" className="govuk-link app-link-button" onClick={onBack}>
          Back to all users
        </button>
      </p>
    </>
  );
}

function ConfirmStep({
  view,
  user,
  busy,
  onConfirm,
  onCancel,
}: {
  view: Extract<View, { kind: 'confirm' }>;
  user: UserRow;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const common = { busy, onConfirm, onCancel };
  switch (view.action) {
    case 'disable':
      return (
        <ConfirmAction
          {...common}
          title={`Disable ${user.email}?`}
          confirmText="Yes, disable this account"
          destructive
          warning="Their open sessions end and their API tokens stop working straight away."
        >
          <p className="govuk-body">They will not be able to sign in until an administrator enables the account again.</p>
        </ConfirmAction>
      );
    case 'enable':
      return (
        <ConfirmAction {...common} title={`Enable ${user.email}?`} confirmText="Yes, enable this account">
          <p className="govuk-body">They will be able to sign in again as {roleOf(user).toLowerCase()}.</p>
        </ConfirmAction>
      );
    case 'endSessions':
      return (
        <ConfirmAction {...common} title={`End all of ${user.email}’s sessions?`} confirmText="Yes, end their sessions" destructive>
          <p className="govuk-body">They will be signed out everywhere and must sign in again. Their account stays as it is.</p>
        </ConfirmAction>
      );
    case 'changeRole':
      return (
        <ConfirmAction {...common} title={`Change ${user.email}’s role?`} confirmText="Yes, change their role">
          <p className="govuk-body">
            From {roleOf(user).toLowerCase()} to {ROLE_WORDS[view.role!].toLowerCase()}
            {view.councilGssCode ? ` (${view.councilGssCode})` : ''}. It takes effect on their next request.
          </p>
        </ConfirmAction>
      );
  }
}

type CouncilOption = { gssCode: string; name: string };

const councilOptions = (councils: CouncilOption[]) => [
  { value: '', text: 'Choose a council' },
  ...councils.map((c) => ({ value: c.gssCode, text: c.name })),
];

function ChangeRoleForm({
  user,
  councils,
  onCancel,
  onContinue,
}: {
  user: UserRow;
  councils: CouncilOption[];
  onCancel: () => void;
  onContinue: (role: UserRole, councilGssCode?: string) => void;
}) {
  const [role, setRole] = useState<string>(user.role);
  const [council, setCouncil] = useState(user.council?.gssCode ?? '');
  const [error, setError] = useState<string | undefined>();
  const submit = () => {
    if (isCouncilRole(role) && !council) return setError('Choose the council they belong to');
    onContinue(role as UserRole, isCouncilRole(role) ? council : undefined);
  };
  return (
    <>
      <h1 className="govuk-heading-l app-admin-wrap">Change {user.email}’s role</h1>
      <Radios name="role" legend="Role" options={ROLE_OPTIONS} value={role} onChange={setRole} />
      {isCouncilRole(role) ? (
        <Select name="council" label="Council" options={councilOptions(councils)} value={council} onChange={setCouncil} error={error} />
      ) : null}
      <ContinueOrCancel onContinue={submit} onCancel={onCancel} />
    </>
  );
}

/** Invites someone: the same invitation a council lead sends; the one-time token is shown once, to pass on. */
function InviteForm({ councils, onInvited }: { councils: CouncilOption[]; onInvited: () => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>('COUNCIL_MEMBER');
  const [council, setCouncil] = useState('');
  const [errors, setErrors] = useState<{ email?: string; council?: string }>({});
  const [invitation, setInvitation] = useState<{ email: string; token: string } | null>(null);
  const action = useAdminAction();
  const [invite] = useMutation(INVITE_USER);

  const submit = async () => {
    const found = {
      email: /^\S+@\S+\.\S+$/.test(email.trim()) ? undefined : 'Enter an email address in the correct format, like name@example.org',
      council: isCouncilRole(role) && !council ? 'Choose the council they belong to' : undefined,
    };
    setErrors(found);
    if (action.refuse(fieldErrorItems(found, { email: 'invite-email', council: 'invite-council' }))) return;
    await action.run(async () => {
      const { data } = await invite({
        variables: { input: { email: email.trim(), role: role as UserRole, councilGssCode: isCouncilRole(role) ? council : null } },
      });
      if (!data) throw new Error('The API did not confirm the invitation.');
      setInvitation({ email: data.inviteUser.user.email, token: data.inviteUser.invitationToken });
      setEmail('');
      onInvited();
      return `Invitation created for ${data.inviteUser.user.email}.`;
    });
  };

  return (
    <section aria-labelledby="invite-heading">
      <h2 className="govuk-heading-m" id="invite-heading">
        Invite someone
      </h2>
      {action.problem ? <ErrorSummary key={action.problem.key} items={action.problem.items} /> : null}
      {invitation ? (
        <div className="govuk-panel govuk-panel--confirmation govuk-!-text-align-left" role="status">
          <h3 className="govuk-panel__title govuk-!-font-size-27 app-admin-wrap">Invitation created for {invitation.email}</h3>
          <div className="govuk-panel__body govuk-!-font-size-19">
            Send them this invitation code; it is shown only once and works for 7 days:
            <br />
            <code className="app-admin-wrap">{invitation.token}</code>
          </div>
        </div>
      ) : null}
      <EmailInput name="invite-email" autoComplete="off" value={email} onChange={setEmail} error={errors.email} />
      <Radios name="invite-role" legend="Role" options={ROLE_OPTIONS} value={role} onChange={setRole} small />
      {isCouncilRole(role) ? (
        <Select
          name="invite-council"
          label="Council"
          options={councilOptions(councils)}
          value={council}
          onChange={setCouncil}
          error={errors.council}
        />
      ) : null}
      <button type="button" className="govuk-button" disabled={action.busy} onClick={() => void submit()}>
        Send invitation
      </button>
    </section>
  );
}
