import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { ConfirmAction } from '../../components/ConfirmAction/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { Loading } from '../../components/Loading/Loading';
import { TextInput } from '../../components/TextInput/TextInput';
import { Textarea } from '../../components/Textarea/Textarea';
import type { CollaborationGroupDetailsFragment } from '../../graphql/generated/graphql';
import { CREATE_COLLABORATION_GROUP } from '../../graphql/mutations/createCollaborationGroup';
import { INVITE_COUNCILS_TO_GROUP } from '../../graphql/mutations/inviteCouncilsToGroup';
import { GET_COLLABORATION_GROUPS } from '../../graphql/queries/getCollaborationGroups';
import { GET_COUNCILS } from '../../graphql/queries/getCouncils';
import { SuccessBanner } from '../../components/SuccessBanner/SuccessBanner';
import { fieldErrorItems } from '../../components/ErrorSummary/field-error-items';

import { ContinueOrCancel } from './ContinueOrCancel';
import { CouncilPicker, type PickableCouncil } from './CouncilPicker';
import { useAdminAction } from './useAdminAction';

import './administration.css';

type View = { kind: 'list' } | { kind: 'create'; confirming: boolean } | { kind: 'invite'; groupId: string; confirming: boolean };

/**
 * Collaboration groups for administrators: each group's councils and whether each consents, creating
 * a group and inviting councils to one, each behind a confirmation. Consent itself is each council
 * lead's to give or withdraw, on their account page; a new member shares nothing until then.
 */
export function GroupsAdminPage() {
  const groupsQuery = useQuery(GET_COLLABORATION_GROUPS);
  const councilsQuery = useQuery(GET_COUNCILS);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ name?: string; councils?: string }>({});
  const action = useAdminAction();
  const [create] = useMutation(CREATE_COLLABORATION_GROUP);
  const [invite] = useMutation(INVITE_COUNCILS_TO_GROUP);

  const councils: PickableCouncil[] = councilsQuery.data?.councils ?? [];
  const groups = groupsQuery.data?.collaborationGroups;
  const group = view.kind === 'invite' ? groups?.find((g) => g.id === view.groupId) : undefined;
  const names = (codes: string[]) => codes.map((gss) => councils.find((c) => c.gssCode === gss)?.name ?? gss).join(', ');
  const reset = () => {
    setName('');
    setDescription('');
    setChosen([]);
    setErrors({});
    setView({ kind: 'list' });
  };

  const check = (needName: boolean, minimum: number): boolean => {
    const found = {
      name: needName && name.trim().length < 3 ? 'Enter a name of at least 3 characters' : undefined,
      councils: chosen.length < minimum ? (minimum === 1 ? 'Choose at least one council' : 'Choose at least two councils') : undefined,
    };
    setErrors(found);
    if (action.refuse(fieldErrorItems(found, { name: 'group-name', councils: 'group-councils' }))) return false;
    action.clearProblem();
    return true;
  };

  const confirmCreate = async () => {
    const done = await action.run(async () => {
      await create({ variables: { input: { name: name.trim(), description: description.trim(), councilGssCodes: chosen } } });
      await groupsQuery.refetch();
      return `${name.trim()} created with ${names(chosen)}. Each council’s lead must now consent before anything is shared.`;
    });
    if (done) reset();
    else setView({ kind: 'create', confirming: false });
  };

  const confirmInvite = async () => {
    if (!group) return;
    const done = await action.run(async () => {
      await invite({ variables: { input: { groupId: group.id, councilGssCodes: chosen } } });
      return `${names(chosen)} invited to ${group.name}. Each must consent before anything is shared.`;
    });
    if (done) reset();
    else setView({ kind: 'invite', groupId: group.id, confirming: false });
  };

  if (view.kind === 'create' && view.confirming)
    return (
      <ConfirmAction
        title={`Create ${name.trim()}?`}
        confirmText="Yes, create the group"
        busy={action.busy}
        onConfirm={() => void confirmCreate()}
        onCancel={() => setView({ kind: 'create', confirming: false })}
      >
        <p className="govuk-body">With {names(chosen)}.</p>
        <p className="govuk-body">Councils in a group see each other’s agreed ratings, named, but only once both have consented.</p>
      </ConfirmAction>
    );
  if (view.kind === 'invite' && view.confirming && group)
    return (
      <ConfirmAction
        title={`Invite ${chosen.length === 1 ? 'this council' : `${chosen.length} councils`} to ${group.name}?`}
        confirmText="Yes, invite them"
        busy={action.busy}
        onConfirm={() => void confirmInvite()}
        onCancel={() => setView({ kind: 'invite', groupId: group.id, confirming: false })}
      >
        <p className="govuk-body">{names(chosen)}.</p>
        <p className="govuk-body">Each council shares nothing with the group until its lead consents.</p>
      </ConfirmAction>
    );

  return (
    <>
      {action.problem ? <ErrorSummary key={action.problem.key} items={action.problem.items} /> : null}
      {action.status && view.kind === 'list' ? <SuccessBanner headingClassName="app-admin-wrap">{action.status}</SuccessBanner> : null}
      {view.kind === 'create' ? (
        <>
          <h1 className="govuk-heading-l">Create a collaboration group</h1>
          <TextInput name="group-name" label="Name" value={name} onChange={setName} error={errors.name} />
          <Textarea name="group-description" label="What the group is for (optional)" value={description} onChange={setDescription} />
          <CouncilPicker
            name="group-councils"
            label="Councils in the group"
            councils={councils}
            chosen={chosen}
            onChange={setChosen}
            error={errors.councils}
          />
          <ContinueOrCancel onContinue={() => check(true, 2) && setView({ kind: 'create', confirming: true })} onCancel={reset} />
        </>
      ) : view.kind === 'invite' && group ? (
        <>
          <h1 className="govuk-heading-l">Invite councils to {group.name}</h1>
          <CouncilPicker
            name="group-councils"
            label="Councils to invite"
            councils={councils}
            chosen={chosen}
            onChange={setChosen}
            exclude={group.members.map((m) => m.council.gssCode)}
            error={errors.councils}
          />
          <ContinueOrCancel
            onContinue={() => check(false, 1) && setView({ kind: 'invite', groupId: group.id, confirming: true })}
            onCancel={reset}
          />
        </>
      ) : (
        <>
          <h1 className="govuk-heading-l">Collaboration groups</h1>
          <button type="button" className="govuk-button app-admin-actions" onClick={() => setView({ kind: 'create', confirming: false })}>
            Create a group
          </button>
          {groupsQuery.loading ? <Loading text="Loading groups…" /> : null}
          {groups?.length === 0 ? <p className="govuk-body">There are no collaboration groups yet.</p> : null}
          {groups?.map((g) => (
            <GroupCard key={g.id} group={g} onInvite={() => setView({ kind: 'invite', groupId: g.id, confirming: false })} />
          ))}
        </>
      )}
    </>
  );
}

function GroupCard({ group, onInvite }: { group: CollaborationGroupDetailsFragment; onInvite: () => void }) {
  const consenting = group.members.filter((m) => m.consents).length;
  return (
    <section className="govuk-summary-card app-admin-card" aria-labelledby={`group-${group.id}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={`group-${group.id}`}>
          {group.name}
        </h2>
        <ul className="govuk-summary-card__actions app-admin-actions">
          <li className="govuk-summary-card__action">
            <button type="button" className="govuk-link app-link-button" onClick={onInvite}>
              Invite councils<span className="govuk-visually-hidden"> to {group.name}</span>
            </button>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        {group.description ? <p className="govuk-body">{group.description}</p> : null}
        <p className="govuk-body">
          {consenting} of {group.members.length} councils consent to identified sharing.
        </p>
        <dl className="govuk-summary-list">
          {group.members.map((m) => (
            <div key={m.councilId} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{m.council.name}</dt>
              <dd className="govuk-summary-list__value">
                {m.consents ? (
                  <strong className="govuk-tag govuk-tag--green">Consents</strong>
                ) : (
                  <strong className="govuk-tag govuk-tag--grey">Not consented</strong>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
