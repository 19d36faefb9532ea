import type { CircumstanceRow } from '../../view-models/council-circumstances';
import { Link } from '../../router/Link';
import { HOW_FIGURES_WORK_SECTIONS } from '../../router/paths';

/** Props of CouncilCircumstances. */
export type CouncilCircumstancesProps = {
  councilName: string;
  round: string;
  /** The circumstances that apply to the round, in words (view-models/council-circumstances.ts). */
  rows: CircumstanceRow[];
};

/**
 * A council's circumstances in a round, each with who says so and whether it places the council in
 * a peer group, so that a council sees what it declared about itself as context, clearly labelled,
 * beside the official and PAS-assigned facts that define its groups. Shown only to those who may
 * see the council's circumstances: the council itself, PAS and administrators.
 */
export function CouncilCircumstances({ councilName, round, rows }: CouncilCircumstancesProps) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="circumstances-heading">
      <h3 className="govuk-heading-m" id="circumstances-heading">
        {councilName}&apos;s circumstances in {round}
      </h3>
      <dl className="govuk-summary-list">
        {rows.map((r) => (
          <div key={r.id} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{r.kind}</dt>
            <dd className="govuk-summary-list__value">
              <p className="govuk-body govuk-!-margin-bottom-1">{r.source}</p>
              <p className={`govuk-body govuk-!-margin-bottom-0${r.definesPeerGroup ? '' : ' govuk-hint'}`}>{r.effect}</p>
            </dd>
          </div>
        ))}
      </dl>
      <p className="govuk-body">
        <Link to={`${HOW_FIGURES_WORK_SECTIONS.peerGroups}`} className="govuk-link">
          Which circumstances define peer groups
        </Link>
      </p>
    </section>
  );
}
