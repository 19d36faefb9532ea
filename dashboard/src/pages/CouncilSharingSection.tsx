import { useState } from 'react';

import { ConfirmAction } from '../components/ConfirmAction/ConfirmAction';
import type { GetCollaborationGroupsGroup } from '../graphql/queries/getCollaborationGroups';

/** Props of CouncilSharingSection. */
export type CouncilSharingSectionProps = {
  /** The user's council's name, or null if the list of councils has not arrived. */
  councilName: string | null;
  councilId: string;
  /** Council leads may change sharing; members only see it. */
  canChange: boolean;
  /** Undefined while loading. */
  sharesWithPas: boolean | undefined;
  groups: GetCollaborationGroupsGroup[] | undefined;
  onSetPasSharing: (share: boolean) => void;
  onSetConsent: (group: GetCollaborationGroupsGroup, consent: boolean) => void;
};

/**
 * Who the user's council shares its identified results with: the Planning Advisory Service, and the
 * collaboration groups it belongs to, with the lead's buttons to start and stop each. Each button
 * says what it will do, and asks to confirm first, saying who will (or will no longer) see what.
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
  const [askingPas, setAskingPas] = useState(false);
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
            askingPas ? (
              <ConfirmAction
                question={sharesWithPas ? `Stop sharing ${council}’s results with PAS?` : `Share ${council}’s results with PAS?`}
                confirmText={sharesWithPas ? 'Yes, stop sharing with PAS' : 'Yes, share with PAS'}
                destructive={sharesWithPas}
                onConfirm={() => {
                  setAskingPas(false);
                  onSetPasSharing(!sharesWithPas);
                }}
                onCancel={() => setAskingPas(false)}
              >
                {sharesWithPas
                  ? 'PAS advisers will no longer see this council’s identified results, only figures for many councils. You can share again at any time.'
                  : 'PAS advisers will see this council’s submitted self-assessments, identified: section scores and agreed ratings. Drafts are never shared. You can stop at any time.'}
              </ConfirmAction>
            ) : (
              <button
                type="button"
                className={sharesWithPas ? 'govuk-button govuk-button--secondary' : 'govuk-button'}
                onClick={() => setAskingPas(true)}
              >
                {sharesWithPas ? 'Stop sharing with PAS' : 'Start sharing with PAS'}
              </button>
            )
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
          <GroupDetails key={group.id} group={group} councilId={councilId} canChange={canChange} onSetConsent={onSetConsent} />
        ))
      )}
    </section>
  );
}

type GroupDetailsProps = Pick<CouncilSharingSectionProps, 'councilId' | 'canChange' | 'onSetConsent'> & {
  group: GetCollaborationGroupsGroup;
};

/** One group: who is in it, who consents, and the lead's button to give or withdraw consent. */
function GroupDetails({ group, councilId, canChange, onSetConsent }: GroupDetailsProps) {
  const own = group.members.find((m) => m.councilId === councilId);
  const [asking, setAsking] = useState(false);
  return (
    <div className="app-collaboration-group">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{group.name}</h4>
      {group.description ? <p className="govuk-body">{group.description}</p> : null}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">
          Councils in {group.name} and whether each shares its agreed ratings with the group
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Council
            </th>
            <th scope="col" className="govuk-table__header">
              Shares agreed ratings with the group
            </th>
          </tr>
        </thead>
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
      {canChange && own && asking ? (
        <ConfirmAction
          question={own.consents ? `Withdraw consent for ${group.name}?` : `Give consent for ${group.name}?`}
          confirmText={own.consents ? 'Yes, withdraw consent' : 'Yes, give consent'}
          destructive={own.consents}
          onConfirm={() => {
            setAsking(false);
            onSetConsent(group, !own.consents);
          }}
          onCancel={() => setAsking(false)}
        >
          {own.consents
            ? `The other councils in ${group.name} will no longer see your council’s agreed ratings, and you will no longer see theirs. You can give consent again at any time.`
            : `The other councils in ${group.name} that consent will see your council’s agreed ratings, named, beside theirs. Notes and participants’ answers are never shared. You can withdraw at any time.`}
        </ConfirmAction>
      ) : canChange && own ? (
        <button
          type="button"
          className={own.consents ? 'govuk-button govuk-button--secondary' : 'govuk-button'}
          onClick={() => setAsking(true)}
        >
          {own.consents ? 'Withdraw consent' : 'Give consent'}
          <span className="govuk-visually-hidden"> for {group.name}</span>
        </button>
      ) : null}
    </div>
  );
}
