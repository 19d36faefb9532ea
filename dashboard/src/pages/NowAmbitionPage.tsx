import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import type { GetCouncilPositionQueryVariables } from '../graphql/generated/graphql';
import { NowAmbitionChart } from '../charts/now-ambition/NowAmbitionChart';
import { AddToPlanLinks } from '../components/AddToPlanLinks/AddToPlanLinks';
import { Caveats } from '../components/Caveats/Caveats';
import { ResultsSection } from '../components/ResultsSection/ResultsSection';
import { ComparisonFacts } from '../components/ComparisonFacts/ComparisonFacts';
import { Fact } from '../components/Fact/Fact';
import { Loading } from '../components/Loading/Loading';
import { GroupNotShown } from '../components/GroupNotShown/GroupNotShown';
import { PeerGroupSwitcher } from '../components/PeerGroupSwitcher/PeerGroupSwitcher';
import { peerGroupInSentence, peerGroupName } from '../format/peer-group-words';
import { GET_PEER_GROUPS } from '../graphql/queries/getPeerGroups';
import { useCouncilView, VIEW_CHOICE_IN_URL } from '../hooks/useCouncilView';
import { useCircumstanceHints } from '../hooks/useCircumstanceHints';
import { usePeerGroupPosition } from '../hooks/usePeerGroupPosition';
import type { Viewer } from '../hooks/useViewer';
import { dimensionKeysOf, toNowAmbitionData } from '../view-models/council-position';
import { addToPlanPath, mayAddToPlan } from '../view-models/plan-words';

import { CouncilRoundForm, useCouncilRoundErrors } from './CouncilRoundForm';
import { ViewFrame } from './ViewFrame';

/** The framework rated on where a council is now and where it wants to be. */
const FRAMEWORK_KEY = 'improvement-self-assessment';
const SERVICE_TITLE = 'Now and ambition – Touchstone';

/** Props of NowAmbitionPage. */
export type NowAmbitionPageProps = { viewer: Viewer };

/**
 * Now vs ambition: per theme of the improvement self-assessment, where the council is now and where
 * it wants to be, against where a peer group's councils are and are heading (their medians). The
 * council, round and group are in the query string.
 */
export function NowAmbitionPage({ viewer }: NowAmbitionPageProps) {
  const view = useCouncilView(viewer, VIEW_CHOICE_IN_URL);
  const { councils, choice, setChoice } = view;
  const peerGroupsQuery = useQuery(GET_PEER_GROUPS);
  // Keyed on the values, not the choice object, so the query's variables change only when a choice does.
  const council = choice?.council;
  const round = choice?.round;
  const variables = useMemo<GetCouncilPositionQueryVariables | null>(
    () => (council && round ? { councilGssCode: council, frameworkKey: FRAMEWORK_KEY, round, scope: 'SECTION' } : null),
    [council, round],
  );
  const { base, position, group, groupKey, defaultGroupKey, offered, loading, loadingGroup, error } = usePeerGroupPosition(
    variables,
    choice?.group ?? null,
  );
  const { errorItems, councilError } = useCouncilRoundErrors(view, viewer, error);

  const hints = useCircumstanceHints(base?.council, base?.round, offered);
  const peers = group ? peerGroupInSentence(group) : 'other councils';
  const data = useMemo(() => (position && group ? toNowAmbitionData(position.subjects, group.key) : []), [position, group]);
  const options = useMemo(
    () => ({ councilName: base?.council.name ?? '', peersLabel: peers, sectionLabel: base?.framework.sectionLabel ?? 'Theme' }),
    [base, peers],
  );
  const [nowTitle, ambitionTitle] = useMemo(() => {
    const keys = position ? dimensionKeysOf(position.subjects) : [];
    return keys.map((k) => position?.subjects.find((s) => s.dimension.key === k)?.dimension.title ?? k);
  }, [position]);

  const handleGroup = (key: string) => choice && setChoice({ ...choice, group: key === defaultGroupKey ? null : key });

  return (
    <ViewFrame
      title={base && group && !loading && !loadingGroup ? `${base.council.name} against ${peers} – ${SERVICE_TITLE}` : SERVICE_TITLE}
      errorItems={errorItems}
      caption="Now and ambition"
      heading="Where a council is now, where it wants to be, and where its peers are heading"
      lead={
        <>
          For each theme of the improvement self-assessment: the council&apos;s score now and its ambition, beside the medians of a group of
          councils.
        </>
      }
      status={
        loading || loadingGroup
          ? 'Loading the themes.'
          : base && group
            ? `Showing ${base.council.name}, ${base.round}, against ${peers}.`
            : ''
      }
      controls={<CouncilRoundForm view={view} councilError={councilError} submitText="Show themes" />}
      loading={loading}
      loadingText="Loading the themes…"
    >
      {base && choice && !error ? (
        <ResultsSection headingId="ambition-heading" heading={base.council.name}>
          <ComparisonFacts council={base.council} framework={base.framework} round={base.round} synthetic={base.includesSynthetic}>
            {nowTitle && ambitionTitle ? (
              <Fact label="Rated on">
                {nowTitle}; {ambitionTitle.charAt(0).toLowerCase() + ambitionTitle.slice(1)}
              </Fact>
            ) : null}
            <Fact label="Compared with">{group ? peerGroupName(group) : 'Loading…'}</Fact>
          </ComparisonFacts>
          {base.councilHasSubmitted ? null : (
            <div className="govuk-inset-text">
              {base.council.name} has not submitted the {base.framework.title} for {base.round}. The chart shows other councils&apos;
              medians only.
            </div>
          )}
          <Caveats caveats={base.caveats} />
          <PeerGroupSwitcher
            groups={offered}
            allGroups={peerGroupsQuery.data?.peerGroups ?? []}
            value={groupKey ?? ''}
            onChange={handleGroup}
            hints={hints}
          />
          {loadingGroup ? (
            <Loading text="Loading the peer group…" />
          ) : position && group ? (
            <>
              <h3 className="govuk-heading-m">
                {base.framework.sectionLabel}s now and ambition, against {peers}
              </h3>
              <NowAmbitionChart
                key={`${base.council.gssCode}|${base.round}|${group.key}`}
                data={data}
                options={options}
                tableCaption={`${base.framework.sectionLabel} scores now and ambition: ${base.council.name} and the medians of ${peers}, ${base.round}`}
                fileNameParts={[base.council.name, 'now and ambition', base.round, `against ${peerGroupName(group)}`]}
              />
              {mayAddToPlan(
                viewer,
                councils.find((c) => c.gssCode === base.council.gssCode),
              ) ? (
                <AddToPlanLinks
                  heading="Add a theme to the improvement plan"
                  intro="A theme where the council is far from its ambition can become a challenge in its improvement plan, linked to the theme."
                  items={data.map((d) => ({ key: d.key, title: d.title }))}
                  pathFor={(key) => addToPlanPath({ council: base.council.gssCode, kind: 'AMBITION_THEME', subject: key })}
                />
              ) : null}
            </>
          ) : position && groupKey ? (
            <GroupNotShown groupKey={groupKey} allGroups={peerGroupsQuery.data?.peerGroups ?? []} />
          ) : null}
        </ResultsSection>
      ) : null}
    </ViewFrame>
  );
}
