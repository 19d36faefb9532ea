import { useState } from 'react';

import { ConfirmAction } from '../components/ConfirmAction/ConfirmAction';
import { TableHead } from '../components/TableHead/TableHead';
import type { CollaborationGroupDetailsFragment } from '../graphql/generated/graphql';

/** Props of CouncilSharingSection. */
export type CouncilSharingSectionProps = {
  /** The user's council's name, or null if the list of councils has not arrived. */
  councilName: string | null;
  councilId: string;
  /** Council leads may change sharing; members only see it. */
  canChange: boolean;
  /** Undefined while loading. */
  sharesWithPas: boolean | undefined;
  groups: CollaborationGroupDetailsFragment[] | undefined;
  onSetPasSharing: (share: boolean) => void;
  onSetConsent: (group: CollaborationGroupDetailsFragment, consent: boolean) => void;
};

/**
 * Who the user's council shares its identified results with: the Planning Advisory Service, and the
 * collaboration groups it belongs to, with the lead's buttons to start and stop each. Each button
 * says what it will do, and keeps focus when it changes, so keyboard users can undo at once.
 */
export function CouncilSharingSection({
  councilName,
  councilId,
  canChange,
  sharesWithPas,
  groups,
  onSetPasSharing,
  onSetConsent,
}: CouncilSharingSectionProps) {
  const council = councilName ?? 'Your council';
  // A change of sharing is confirmed first (it shows or hides the council's results): the question replaces the section until answered.
  const [pending, setPending] = useState<PendingChange | null>(null);
  if (pending)
    return (
      <SharingConfirmation
        council={council}
        change={pending}
        onConfirm={() => {
          if (pending.kind === 'pas') onSetPasSharing(pending.share);
          else onSetConsent(pending.group, pending.consent);
          setPending(null);
        }}
        onCancel={() => setPending(null)}
      />
    );
  const onSetConsentConfirmed = (group: CollaborationGroupDetailsFragment, consent: boolean) =>
    setPending({ kind: 'consent', group, consent });
  return (
    <section aria-labelledby="sharing-heading">
      <h2 className="govuk-heading-m" id="sharing-heading">
        Sharing {councilName ? `${councilName}’s` : 'your council’s'} results
      </h2>

      <h3 className="govuk-heading-s">With the Planning Advisory Service</h3>
      {sharesWithPas === undefined ? null : (
        <>
          <p className="govuk-body">
            {sharesWithPas
              ? `${council} shares its identified self-assessment results with the Planning Advisory Service (PAS), so PAS advisers can see them to support the council.`
              : `${council} does not share its identified self-assessment results with the Planning Advisory Service (PAS). PAS advisers see them only within figures for many councils, where no council can be identified.`}
          </p>
          {canChange ? (
            <button
              type="button"
              className={sharesWithPas ? 'govuk-button govuk-button--secondary' : 'govuk-button'}
              onClick={() => setPending({ kind: 'pas', share: !sharesWithPas })}
            >
              {sharesWithPas ? 'Stop sharing with PAS' : 'Start sharing with PAS'}
            </button>
          ) : (
            <p className="govuk-body">Only your council’s lead can change this.</p>
          )}
        </>
      )}

      <h3 className="govuk-heading-s">In collaboration groups</h3>
      <p className="govuk-body">Councils in a group see each other’s agreed ratings, identified, only while both have given consent.</p>
      {groups === undefined ? null : groups.length === 0 ? (
        <p className="govuk-body">{council} is not in any collaboration groups.</p>
      ) : (
        groups.map((group) => (
          <GroupDetails key={group.id} group={group} councilId={councilId} canChange={canChange} onSetConsent={onSetConsentConfirmed} />
        ))
      )}
    </section>
  );
}

type GroupDetailsProps = Pick<CouncilSharingSectionProps, 'councilId' | 'canChange' | 'onSetConsent'> & {
  group: CollaborationGroupDetailsFragment;
};

/** One group: who is in it, who consents, and the lead's button to give or withdraw consent. */
function GroupDetails({ group, councilId, canChange, onSetConsent }: GroupDetailsProps) {
  const own = group.members.find((m) => m.councilId === councilId);
  return (
    <div className="app-collaboration-group">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{group.name}</h4>
      {group.description ? <p className="govuk-body">{group.description}</p> : null}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">
          Councils in {group.name} and whether each shares its agreed ratings with the group
        </caption>
        <TableHead columns={['Council', 'Shares agreed ratings with the group']} />
        <tbody className="govuk-table__body">
          {group.members.map((member) => (
            <tr key={member.councilId} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {member.council.name}
                {member.councilId === councilId ? ' (your council)' : ''}
              </th>
              <td className="govuk-table__cell">
                {member.consents ? (
                  <strong className="govuk-tag govuk-tag--green">Yes</strong>
                ) : (
                  <strong className="govuk-tag govuk-tag--grey">No</strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canChange && own ? (
        <button
          type="button"
          className={own.consents ? 'govuk-button govuk-button--secondary' : 'govuk-button'}
          onClick={() => onSetConsent(group, !own.consents)}
        >
          {own.consents ? 'Withdraw consent' : 'Give consent'}
          <span className="govuk-visually-hidden"> for {group.name}</span>
        </button>
      ) : null}
    </div>
  );
}

/** A change of sharing waiting for the lead's confirmation. */
type PendingChange = { kind: 'pas'; share: boolean } | { kind: 'consent'; group: CollaborationGroupDetailsFragment; consent: boolean };

type SharingConfirmationProps = { council: string; change: PendingChange; onConfirm: () => void; onCancel: () => void };

/** The confirmation step for starting or stopping sharing with PAS, and giving or withdrawing consent in a group. */
function SharingConfirmation({ council, change, onConfirm, onCancel }: SharingConfirmationProps) {
  if (change.kind === 'pas')
    return change.share ? (
      <ConfirmAction
        headingLevel={2}
        title="Start sharing with PAS?"
        confirmText="Yes, share with PAS"
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        <p className="govuk-body">PAS advisers will see {council}’s identified self-assessment results, to support the council.</p>
      </ConfirmAction>
    ) : (
      <ConfirmAction
        headingLevel={2}
        title="Stop sharing with PAS?"
        confirmText="Yes, stop sharing"
        destructive
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        <p className="govuk-body">
          PAS advisers will see {council}’s results only within figures for many councils, from their next request.
        </p>
      </ConfirmAction>
    );
  return change.consent ? (
    <ConfirmAction
      headingLevel={2}
      title={`Give consent for ${change.group.name}?`}
      confirmText="Yes, give consent"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p className="govuk-body">
        Councils in the group that also consent will see {council}’s agreed ratings, named. Notes, evidence and participants’ answers stay
        private.
      </p>
    </ConfirmAction>
  ) : (
    <ConfirmAction
      headingLevel={2}
      title={`Withdraw consent for ${change.group.name}?`}
      confirmText="Yes, withdraw consent"
      destructive
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p className="govuk-body">
        The other councils in the group will no longer see {council}’s agreed ratings, and {council} will no longer see theirs.
      </p>
    </ConfirmAction>
  );
}
