import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { ConfirmAction } from '../../components/ConfirmAction/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { Loading } from '../../components/Loading/Loading';
import { Select } from '../../components/Select/Select';
import { TextInput } from '../../components/TextInput/TextInput';
import { TableHead } from '../../components/TableHead/TableHead';
import type { CircumstanceKind } from '../../graphql/generated/graphql';
import { RECORD_CIRCUMSTANCE } from '../../graphql/mutations/recordCircumstance';
import { REMOVE_CIRCUMSTANCE } from '../../graphql/mutations/removeCircumstance';
import { GET_CIRCUMSTANCES, type GetCircumstancesCircumstance } from '../../graphql/queries/getCircumstances';
import { GET_COUNCILS } from '../../graphql/queries/getCouncils';
import type { Viewer } from '../../hooks/useViewer';
import { SuccessBanner } from '../../components/SuccessBanner/SuccessBanner';
import { fieldErrorItems } from '../../components/ErrorSummary/field-error-items';

import { CIRCUMSTANCE_WORDS, SOURCE_WORDS } from './admin-words';
import { useAdminAction } from './useAdminAction';

import './administration.css';

const KIND_OPTIONS = [
  { value: '', text: 'Choose a circumstance' },
  ...(Object.keys(CIRCUMSTANCE_WORDS) as CircumstanceKind[]).map((kind) => ({ value: kind, text: CIRCUMSTANCE_WORDS[kind] })),
];
const ROUND_PATTERN = /^(\d{4})-(\d{2})$/;
const isRound = (round: string) => {
  const match = ROUND_PATTERN.exec(round);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
};

/** When a circumstance applies: its round, or an official fact's dates. */
const whenOf = (c: GetCircumstancesCircumstance) =>
  c.round ? `Round ${c.round}` : c.startsOn ? `From ${c.startsOn}${c.endsOn ? ` to ${c.endsOn}` : ''}` : 'Not dated';

/** Props of CouncilsAdminPage. */
export type CouncilsAdminPageProps = { viewer: Viewer };

/**
 * A council's circumstances from every source, each with its source and date: official facts are
 * read-only, self-declared ones are the council's own, and PAS assigns (and removes) its own. Only
 * PAS is offered the form, because only PAS's records are PAS-assigned.
 */
export function CouncilsAdminPage({ viewer }: CouncilsAdminPageProps) {
  const isPas = viewer.role === 'PAS_ANALYST';
  const councilsQuery = useQuery(GET_COUNCILS);
  const [gssCode, setGssCode] = useState('');
  const circumstancesQuery = useQuery(GET_CIRCUMSTANCES, gssCode ? { variables: { councilGssCode: gssCode } } : skipToken);
  const [toRemove, setToRemove] = useState<GetCircumstancesCircumstance | null>(null);
  const [kind, setKind] = useState('');
  const [round, setRound] = useState('');
  const [errors, setErrors] = useState<{ kind?: string; round?: string }>({});
  const action = useAdminAction();
  const [record] = useMutation(RECORD_CIRCUMSTANCE);
  const [remove] = useMutation(REMOVE_CIRCUMSTANCE);

  const council = councilsQuery.data?.councils.find((c) => c.gssCode === gssCode);
  const circumstances = circumstancesQuery.data?.circumstances;

  const assign = async () => {
    const found = {
      kind: kind ? undefined : 'Choose a circumstance',
      round: isRound(round.trim()) ? undefined : 'Enter the round as two years, like 2026-27',
    };
    setErrors(found);
    if (action.refuse(fieldErrorItems(found, { kind: 'kind', round: 'round' }))) return;
    const done = await action.run(async () => {
      await record({ variables: { input: { councilGssCode: gssCode, kind: kind as CircumstanceKind, round: round.trim() } } });
      // The table shows the new record before the success message says so.
      await circumstancesQuery.refetch();
      return `${CIRCUMSTANCE_WORDS[kind as CircumstanceKind]} assigned to ${council?.name ?? gssCode} for ${round.trim()}.`;
    });
    if (done) setKind('');
  };

  const confirmRemove = async () => {
    if (!toRemove) return;
    await action.run(async () => {
      await remove({ variables: { id: toRemove.id } });
      await circumstancesQuery.refetch();
      return `${CIRCUMSTANCE_WORDS[toRemove.kind]} for ${toRemove.round ?? ''} removed from ${council?.name ?? gssCode}.`;
    });
    setToRemove(null);
  };

  if (toRemove)
    return (
      <ConfirmAction
        title={`Remove “${CIRCUMSTANCE_WORDS[toRemove.kind]}” from ${council?.name ?? gssCode}?`}
        confirmText="Yes, remove it"
        destructive
        busy={action.busy}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setToRemove(null)}
      >
        <p className="govuk-body">
          The council will no longer count in the “{CIRCUMSTANCE_WORDS[toRemove.kind].toLowerCase()}” peer group for{' '}
          {toRemove.round ?? 'this round'} on PAS’s say-so.
        </p>
      </ConfirmAction>
    );

  return (
    <>
      {action.problem ? <ErrorSummary key={action.problem.key} items={action.problem.items} /> : null}
      {action.status ? <SuccessBanner headingClassName="app-admin-wrap">{action.status}</SuccessBanner> : null}
      <h1 className="govuk-heading-l">Councils and circumstances</h1>
      <p className="govuk-body">
        Circumstances place a council in peer groups. Official ones are facts with dates and cannot be changed here. PAS assigns its own. A
        council’s self-declared circumstances are shown as such and never enlarge an anonymised peer group.
      </p>
      {councilsQuery.loading ? <Loading text="Loading councils…" /> : null}
      <Select
        name="council"
        label="Council"
        options={[
          { value: '', text: 'Choose a council' },
          ...(councilsQuery.data?.councils ?? []).map((c) => ({ value: c.gssCode, text: c.name })),
        ]}
        value={gssCode}
        onChange={(value) => {
          setGssCode(value);
          action.clearProblem();
        }}
      />
      {gssCode && circumstancesQuery.loading ? <Loading text="Loading circumstances…" /> : null}
      {council && circumstances ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {council.name} ({council.gssCode})
          </caption>
          <TableHead columns={['Circumstance', 'Source', 'When']} />
          <tbody className="govuk-table__body">
            {circumstances.length === 0 ? (
              <tr className="govuk-table__row">
                <td className="govuk-table__cell" colSpan={3}>
                  No circumstances recorded.
                </td>
              </tr>
            ) : (
              circumstances.map((c) => (
                <tr key={c.id} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                    {CIRCUMSTANCE_WORDS[c.kind]}
                    {c.note ? <span className="govuk-body-s govuk-!-display-block">{c.note}</span> : null}
                  </th>
                  <td className="govuk-table__cell">
                    {SOURCE_WORDS[c.source]}
                    {isPas && c.source === 'PAS_ASSIGNED' ? (
                      <button
                        type="button"
                        className="govuk-link app-link-button govuk-!-display-block app-admin-actions"
                        onClick={() => setToRemove(c)}
                      >
                        Remove<span className="govuk-visually-hidden"> {CIRCUMSTANCE_WORDS[c.kind].toLowerCase()}</span>
                      </button>
                    ) : null}
                  </td>
                  <td className="govuk-table__cell">{whenOf(c)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      ) : null}
      {council && isPas ? (
        <section aria-labelledby="assign-heading" className="app-admin-actions">
          <h2 className="govuk-heading-m" id="assign-heading">
            Assign a circumstance to {council.name}
          </h2>
          <Select name="kind" label="Circumstance" options={KIND_OPTIONS} value={kind} onChange={setKind} error={errors.kind} />
          <TextInput
            name="round"
            label="Round"
            hint="Two years, like 2026-27"
            value={round}
            onChange={setRound}
            error={errors.round}
            inputClassName="govuk-input--width-5"
          />
          <button type="button" className="govuk-button" disabled={action.busy} onClick={() => void assign()}>
            Assign as PAS
          </button>
        </section>
      ) : null}
    </>
  );
}
