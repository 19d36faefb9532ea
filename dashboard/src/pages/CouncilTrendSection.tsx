import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { joinWithAnd } from '../charts/shared/words';
import { DataTable } from '../components/DataTable/DataTable';
import { Loading } from '../components/Loading/Loading';
import { getErrorMessages } from '../graphql/errors';
import { GET_COUNCIL_TREND } from '../graphql/queries/getCouncilTrend';
import { changeText, councilTrend, trendColumns } from '../view-models/council-trend';

/** Props of CouncilTrendSection. */
export type CouncilTrendSectionProps = {
  councilGssCode: string;
  councilName: string;
  frameworkKey: string;
  frameworkTitle: string;
  /** The dimension on show; null for the first. */
  dimensionKey: string | null;
  sectionLabel: string;
};

/**
 * The council's own trend: its score in each section in every round it submitted, beside the
 * comparison with peers (which shows one round at a time). Its own figures, so nothing is withheld.
 */
export function CouncilTrendSection({
  councilGssCode,
  councilName,
  frameworkKey,
  frameworkTitle,
  dimensionKey,
  sectionLabel,
}: CouncilTrendSectionProps) {
  const { data, loading, error } = useQuery(GET_COUNCIL_TREND, { variables: { councilGssCode, frameworkKey } });
  const trend = useMemo(() => (data ? councilTrend(data.assessments, dimensionKey) : null), [data, dimensionKey]);
  const columns = useMemo(() => (trend ? trendColumns(trend, sectionLabel) : []), [trend, sectionLabel]);
  const label = sectionLabel.toLowerCase();

  let body;
  if (loading) body = <Loading text={`Loading ${councilName}'s earlier rounds…`} />;
  else if (error || !trend)
    body = <p className="govuk-body">{getErrorMessages(error!)[0]?.message ?? `${councilName}'s earlier rounds could not be loaded.`}</p>;
  else if (trend.rounds.length === 0)
    body = (
      <p className="govuk-body">
        {councilName} has not submitted the {frameworkTitle} yet.
      </p>
    );
  else {
    const changes = trend.rows.map((r) => changeText(r, trend.rounds));
    const rose = changes.filter((c) => c.startsWith('+')).length;
    const fell = changes.filter((c) => c.startsWith('-')).length;
    const same = changes.filter((c) => c === 'No change').length;
    const first = trend.rounds[0];
    const last = trend.rounds[trend.rounds.length - 1];
    body = (
      <>
        <p className="govuk-body">
          {councilName} submitted the {frameworkTitle} in {trend.rounds.length === 1 ? 'one round' : `${trend.rounds.length} rounds`}:{' '}
          {joinWithAnd(trend.rounds)}.
          {trend.rounds.length > 1
            ? ` From ${first} to ${last} its score rose in ${rose} ${label}${rose === 1 ? '' : 's'}, fell in ${fell} and did not change in ${same}.`
            : ''}
        </p>
        <DataTable
          caption={`${councilName}'s ${label} scores in every round it submitted, ${frameworkTitle}`}
          columns={columns}
          rows={trend.rows}
          rowKey={(r) => r.key}
          csv={{ fileNameParts: [councilName, frameworkTitle, 'every round'], description: `${councilName}'s scores in every round` }}
        />
      </>
    );
  }
  return (
    <section aria-labelledby="trend-heading">
      <h3 className="govuk-heading-m govuk-!-margin-top-6" id="trend-heading">
        {councilName}&apos;s own scores in every round
      </h3>
      {body}
    </section>
  );
}
