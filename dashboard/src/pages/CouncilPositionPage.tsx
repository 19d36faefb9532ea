import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef } from 'react';

import type { GetCouncilPositionQueryVariables, PeerGroupSummaryFragment } from '../graphql/generated/graphql';
import { SectionComparisonChart } from '../charts/section-comparison/SectionComparisonChart';
import { Caveats } from '../components/Caveats/Caveats';
import { CouncilCircumstances } from '../components/CouncilCircumstances/CouncilCircumstances';
import { ResultsSection } from '../components/ResultsSection/ResultsSection';
import { ComparisonFacts } from '../components/ComparisonFacts/ComparisonFacts';
import { DataTable } from '../components/DataTable/DataTable';
import type { TableColumn } from '../components/DataTable/table-columns';
import type { ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { Fact } from '../components/Fact/Fact';
import { GroupNotShown } from '../components/GroupNotShown/GroupNotShown';
import { HowFiguresWorkLink } from '../components/HowFiguresWorkLink/HowFiguresWorkLink';
import { InstantRadios } from '../components/InstantRadios/InstantRadios';
import { Loading } from '../components/Loading/Loading';
import { PeerGroupSwitcher } from '../components/PeerGroupSwitcher/PeerGroupSwitcher';
import { accessMessage } from '../format/access-message';
import { peerGroupInSentence, peerGroupName } from '../format/peer-group-words';
import { roundList, roundsCompared, windowLabel } from '../format/round-words';
import { type ErrorMessage, getErrorMessages, pageErrorMessages } from '../graphql/errors';
import type { GetCouncilPositionResult } from '../graphql/queries/getCouncilPosition';
import { GET_FRAMEWORKS } from '../graphql/queries/getFrameworks';
import { GET_PEER_GROUPS } from '../graphql/queries/getPeerGroups';
import { useCouncilCircumstances } from '../hooks/useCouncilCircumstances';
import { useCircumstanceHints } from '../hooks/useCircumstanceHints';
import { useCouncilPosition } from '../hooks/useCouncilPosition';
import { dimensionsInOrder } from '../view-models/dimensions-in-order';
import { usePeerGroupPosition } from '../hooks/usePeerGroupPosition';
import type { Viewer } from '../hooks/useViewer';
import { Link } from '../router/Link';
import { type ChoiceInUrl, useCouncilView } from '../hooks/useCouncilView';
import {
  dimensionOf,
  itemColumns,
  positionColumns,
  type PositionRow,
  positionRows,
  subjectsOn,
  toChartData,
  WHY_WITHHELD,
} from '../view-models/council-position';
import {
  type CouncilPositionChoice,
  parseChoice,
  resolveDimension,
  ROUNDS,
  type Round,
  serialiseChoice,
  WINDOWS,
  type WindowRounds,
} from '../view-models/council-position-choice';
import { addToPlanPath, mayAddToPlan, sectionSourceKind } from '../view-models/plan-words';

import { type CouncilPositionField, CouncilPositionForm } from './CouncilPositionForm';
import { ViewFrame } from './ViewFrame';
import { CouncilTrendSection } from './CouncilTrendSection';

/** The form field each API error is about, so the error summary can link to it. */
const FIELD_FOR_REASON: Record<string, CouncilPositionField> = {
  COUNCIL_NOT_FOUND: 'council',
  FORBIDDEN: 'council',
  FRAMEWORK_NOT_FOUND: 'framework',
  FRAMEWORK_NOT_RATED: 'framework',
  BENCHMARK_DIMENSION_NOT_FOUND: 'dimension',
};

const SERVICE_TITLE = 'Council position – Touchstone';

/** The council, framework, round, group, window, dimension and open items, in the query string. */
const POSITION_CHOICE_IN_URL: ChoiceInUrl<CouncilPositionChoice> = { parse: parseChoice, serialise: serialiseChoice };

/** Props of CouncilPositionPage. */
export type CouncilPositionPageProps = { viewer: Viewer };

/**
 * Council position: a council's self-assessment section scores against a chosen peer group's
 * distribution, for a council, framework and dimension chosen in the form, and a round, window and
 * peer group each switched in one click; all of it is kept in the query string. Without a council
 * in the URL it shows the viewer's own council. The council's own peer groups come in one query, so
 * switching between them is instant; another group is fetched on its own. The items of a section
 * are fetched when asked for.
 */
export function CouncilPositionPage({ viewer }: CouncilPositionPageProps) {
  const frameworksQuery = useQuery(GET_FRAMEWORKS);
  const peerGroupsQuery = useQuery(GET_PEER_GROUPS);
  const { councils, offeredCouncils, councilsLoading, councilsLoaded, councilsError, choice, setChoice } = useCouncilView(
    viewer,
    POSITION_CHOICE_IN_URL,
  );
  const ratedFrameworks = useMemo(
    () => frameworksQuery.data?.frameworks.filter((f) => f.kind === 'RATING') ?? null,
    [frameworksQuery.data],
  );
  const framework = choice ? ratedFrameworks?.find((f) => f.key === choice.framework) : undefined;
  const frameworkDimensions = useMemo(() => dimensionsInOrder(framework), [framework]);
  const hasSeveralDimensions = frameworkDimensions.length > 1;

  // The council's default groups (all councils, its type, region and circumstances) in one query.
  // Keyed on the values, not the choice object, so the query's variables change only when a choice does.
  const { council, framework: frameworkKey, round, window: windowRounds } = choice ?? {};
  const baseVariables = useMemo<GetCouncilPositionQueryVariables | null>(
    () =>
      council && frameworkKey && round && windowRounds
        ? { councilGssCode: council, frameworkKey, round, windowRounds, scope: 'SECTION' }
        : null,
    [council, frameworkKey, round, windowRounds],
  );
  const { base, position, group, groupKey, defaultGroupKey, offered, loading, loadingGroup, error } = usePeerGroupPosition(
    baseVariables,
    choice?.group ?? null,
  );

  const dimensionKey =
    position && choice
      ? dimensionOf(
          position.subjects,
          resolveDimension(choice, ratedFrameworks ? frameworkDimensions.map((d) => d.key) : null) ?? frameworkDimensions[0]?.key ?? null,
        )
      : null;

  const formReady = councilsLoaded && ratedFrameworks !== null && choice !== null;
  const { errorItems, fieldErrors } = useMemo(() => {
    const messages: ErrorMessage[] = pageErrorMessages([councilsError, frameworksQuery.error, error]);
    const unique = [...new Map(messages.map((m) => [m.message, m])).values()];
    const fields: Partial<Record<CouncilPositionField, string>> = {};
    const items = unique.map((m): ErrorSummaryItem => {
      const text = m.code === 'FORBIDDEN' && choice ? accessMessage(viewer, choice.council, councils, m.message) : m.message;
      const field = m.reason ? FIELD_FOR_REASON[m.reason] : undefined;
      // Link only to a field that is on the page.
      const linkable = field !== undefined && formReady && (field !== 'dimension' || hasSeveralDimensions);
      if (!linkable) return { text };
      fields[field] ??= text;
      return { text, href: `#${field}` };
    });
    return { errorItems: items, fieldErrors: fields };
  }, [councilsError, frameworksQuery.error, error, formReady, hasSeveralDimensions, choice, viewer, councils]);

  const status =
    loading || loadingGroup
      ? 'Loading the comparison.'
      : position && group
        ? `Showing ${position.council.name}, ${position.framework.title}, ${roundsCompared(position.round, position.rounds)}, against ${peerGroupInSentence(group)}.`
        : '';

  // A new council or framework has other sections, so any open items close; a new round keeps them.
  const handleChoose = (next: CouncilPositionChoice) =>
    setChoice({ ...next, items: choice && next.council === choice.council && next.framework === choice.framework ? next.items : null });
  // The round and window keep the group and any open items: the same sections, another period.
  const handleRound = (round: string) => choice && setChoice({ ...choice, round: round as Round });
  const handleWindow = (window: string) => choice && setChoice({ ...choice, window: Number(window) as WindowRounds });
  const planSourceKind = choice ? sectionSourceKind(choice.framework) : null;
  const addSectionToPlan =
    choice &&
    planSourceKind &&
    mayAddToPlan(
      viewer,
      councils.find((c) => c.gssCode === choice.council),
    )
      ? (sectionKey: string) => addToPlanPath({ council: choice.council, kind: planSourceKind, subject: sectionKey })
      : undefined;
  const handleGroup = (key: string) => {
    if (!choice) return;
    setChoice({ ...choice, group: key === defaultGroupKey ? null : key });
  };

  return (
    <ViewFrame
      title={
        position && group && !loading && !loadingGroup
          ? `${position.council.name} against ${peerGroupInSentence(group)} – ${SERVICE_TITLE}`
          : SERVICE_TITLE
      }
      errorItems={errorItems}
      caption="Council position"
      heading={<>How a council&apos;s self-assessment compares with its peers</>}
      lead={
        <>
          Choose a council, a framework and a round, then a group of councils to compare with, to see each section&apos;s score beside
          theirs.
        </>
      }
      status={status}
      controls={
        <>
          {formReady ? (
            <CouncilPositionForm
              councils={offeredCouncils}
              frameworks={ratedFrameworks}
              choice={choice}
              onChoose={handleChoose}
              errors={fieldErrors}
            />
          ) : councilsLoading || frameworksQuery.loading || choice === null ? (
            <Loading text="Loading councils and frameworks…" />
          ) : null}

          {choice ? (
            // Outside the results, so they stay put (and keep the focus) while a new round loads.
            <div className="govuk-grid-row app-period-switch">
              <div className="govuk-grid-column-one-third">
                <InstantRadios
                  legend="Round"
                  hint="Choosing a round changes the figures below straight away."
                  idPrefix="round"
                  inline
                  options={ROUNDS.map((r) => ({ value: r, text: r }))}
                  value={choice.round}
                  onChange={handleRound}
                />
              </div>
              <div className="govuk-grid-column-two-thirds">
                <InstantRadios
                  legend="Submissions compared"
                  hint="A council that did not submit in this round can be counted from its latest earlier submission."
                  idPrefix="window"
                  options={WINDOWS.map((w) => ({ value: String(w), text: windowLabel(w) }))}
                  value={String(choice.window)}
                  onChange={handleWindow}
                />
              </div>
            </div>
          ) : null}
        </>
      }
      loading={loading}
      loadingText="Loading the comparison…"
    >
      {base && choice && !error ? (
        <PositionResults
          base={base}
          position={position}
          loadingGroup={loadingGroup}
          choice={choice}
          groups={offered}
          allGroups={peerGroupsQuery.data?.peerGroups ?? []}
          groupKey={groupKey ?? ''}
          group={group}
          dimensionKey={dimensionKey}
          showDimension={hasSeveralDimensions}
          onGroupChange={handleGroup}
          addToPlanPath={addSectionToPlan}
        />
      ) : null}
    </ViewFrame>
  );
}

type PositionResultsProps = {
  /** The defaults' result: the council, framework and round, known before any other group arrives. */
  base: GetCouncilPositionResult;
  /** The result holding the chosen group, once it is here. */
  position: GetCouncilPositionResult | undefined;
  loadingGroup: boolean;
  choice: CouncilPositionChoice;
  groups: PeerGroupSummaryFragment[];
  allGroups: PeerGroupSummaryFragment[];
  groupKey: string;
  group: PeerGroupSummaryFragment | undefined;
  dimensionKey: string | null;
  showDimension: boolean;
  onGroupChange: (key: string) => void;
  /** With this, each section's row links to adding it to the improvement plan. */
  addToPlanPath?: (sectionKey: string) => string;
};

/** The heading of the position table's "Add to the improvement plan" column. */
const PLAN_COLUMN = 'Improvement plan';

/** What came back for one choice: the heading and facts, the warnings and caveats, the group switch, the chart and tables. */
function PositionResults({
  base,
  position,
  loadingGroup,
  choice,
  groups,
  allGroups,
  groupKey,
  group,
  dimensionKey,
  showDimension,
  onGroupChange,
  addToPlanPath,
}: PositionResultsProps) {
  const { council, framework, round } = base;
  const hints = useCircumstanceHints(council, round, groups);
  const sectionLabel = framework.sectionLabel;
  const subjects = useMemo(() => (position ? subjectsOn(position.subjects, dimensionKey) : []), [position, dimensionKey]);
  const dimensionTitle = subjects[0]?.dimension.title ?? null;
  const rows = useMemo(() => (group ? positionRows(subjects, group.key) : []), [subjects, group]);
  const chartData = useMemo(() => toChartData(rows), [rows]);
  const peers = group ? peerGroupInSentence(group) : 'other councils';
  const groupName = group ? peerGroupName(group) : '';
  const caption = `${sectionLabel} scores for ${council.name} and ${peers}: ${framework.title}, ${roundsCompared(round, base.rounds)}${showDimension && dimensionTitle ? ` (${dimensionTitle})` : ''}`;
  // A wider window is in the file's name, so two downloads of the same round cannot be mistaken for each other.
  const windowPart = base.rounds.length > 1 ? [`latest of ${base.rounds.length} rounds`] : [];
  const fileNameParts = [
    council.name,
    framework.title,
    round,
    ...windowPart,
    ...(showDimension && dimensionTitle ? [dimensionTitle] : []),
    `against ${groupName}`,
  ];

  const anyWithheld = rows.some((r) => !r.comparison || r.comparison.suppressed);
  const columns = useMemo<TableColumn<PositionRow>[]>(
    () =>
      group
        ? [
            // The reasons column only when something is withheld; the CSV follows the table.
            ...positionColumns({ subjectLabel: sectionLabel, councilName: council.name, group }).filter(
              (c) => anyWithheld || c.heading !== WHY_WITHHELD,
            ),
            { heading: 'Items', text: () => 'Show items', csv: false },
            ...(addToPlanPath ? [{ heading: PLAN_COLUMN, text: () => 'Add to the improvement plan', csv: false }] : []),
          ]
        : [],
    [group, sectionLabel, council.name, anyWithheld, addToPlanPath],
  );
  const openedItemsByClick = useRef(false);
  const circumstances = useCouncilCircumstances(council.gssCode, round);

  return (
    <ResultsSection headingId="comparison-heading" heading={council.name}>
      <ComparisonFacts
        council={council}
        framework={framework}
        round={roundsCompared(round, base.rounds)}
        synthetic={base.includesSynthetic}
      >
        {showDimension && dimensionTitle ? <Fact label="Rated on">{dimensionTitle}</Fact> : null}
        <Fact label="Compared with">{groupName || 'Loading…'}</Fact>
      </ComparisonFacts>

      {base.councilHasSubmitted ? null : (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
            {council.name} has not submitted a self-assessment for {roundList(base.rounds.length > 0 ? base.rounds : [round])} using the{' '}
            {framework.title}.
          </p>
          <p className="govuk-body govuk-!-margin-bottom-0">The chart shows other councils&apos; figures only.</p>
        </div>
      )}

      <Caveats caveats={base.caveats} />

      <CouncilCircumstances councilName={council.name} round={round} rows={circumstances} />

      <PeerGroupSwitcher groups={groups} allGroups={allGroups} value={groupKey} onChange={onGroupChange} hints={hints} />

      {loadingGroup ? (
        <Loading text="Loading the peer group…" />
      ) : position && group ? (
        <>
          <h3 className="govuk-heading-m">
            {sectionLabel} scores against {peers}
          </h3>
          <SectionComparisonChart
            key={`${council.gssCode}|${framework.key}|${framework.version}|${round}|${dimensionKey}|${group.key}`}
            data={chartData}
            councilName={council.name}
            sectionLabel={sectionLabel}
            peersLabel={peers}
            tableCaption={caption}
            csvFileNameParts={[...fileNameParts, 'chart']}
          />

          <h3 className="govuk-heading-m govuk-!-margin-top-6">
            Where {council.name} sits against {peers}
          </h3>
          <PositionWords councilName={council.name} peers={peers} itemLabel={framework.itemLabel.toLowerCase()} />
          <DataTable
            caption={`Where ${council.name} sits against ${peers}, by ${sectionLabel.toLowerCase()}`}
            captionHidden
            columns={columns}
            rows={rows}
            rowKey={(r) => r.key}
            renderCell={(heading, row) =>
              heading === PLAN_COLUMN && addToPlanPath ? (
                <Link className="govuk-link" to={addToPlanPath(row.key)}>
                  Add to the improvement plan<span className="govuk-visually-hidden">: {row.title}</span>
                </Link>
              ) : heading === 'Items' ? (
                <Link
                  className="govuk-link"
                  to={`/${serialiseChoice({ ...choice, items: choice.items === row.key ? null : row.key })}`}
                  onClick={() => {
                    openedItemsByClick.current = choice.items !== row.key;
                  }}
                >
                  {choice.items === row.key ? 'Hide' : 'Show'} {framework.itemLabel.toLowerCase()}s
                  <span className="govuk-visually-hidden"> in {row.title}</span>
                </Link>
              ) : undefined
            }
            csv={{
              fileNameParts: [...fileNameParts, 'positions'],
              description: `where ${council.name} sits in each ${sectionLabel.toLowerCase()}`,
            }}
          />

          <CouncilTrendSection
            councilGssCode={council.gssCode}
            councilName={council.name}
            frameworkKey={framework.key}
            frameworkTitle={framework.title}
            dimensionKey={dimensionKey}
            sectionLabel={sectionLabel}
          />

          {choice.items ? (
            <ItemsPanel
              key={`${choice.items}|${group.key}|${round}|${choice.window}`}
              base={base}
              choice={choice}
              group={group}
              dimensionKey={dimensionKey}
              sectionTitle={rows.find((r) => r.key === choice.items)?.title ?? choice.items}
              fileNameParts={fileNameParts}
              autoFocus={openedItemsByClick.current}
            />
          ) : null}
        </>
      ) : position && groupKey ? (
        <GroupNotShown groupKey={groupKey} allGroups={allGroups} />
      ) : null}
    </ResultsSection>
  );
}

type PositionWordsProps = { councilName: string; peers: string; itemLabel: string };

/**
 * The position table's columns in plain words, above the table: how "where it sits" is judged
 * (without the statistician's "median absolute deviation"), what the counts count and why they may
 * differ from the breakthrough matrix's, what "spread" and "c" mean, and where to read more.
 */
function PositionWords({ councilName, peers, itemLabel }: PositionWordsProps) {
  return (
    <>
      <p className="govuk-body">
        &lsquo;Where {councilName} sits&rsquo; compares its score with the middle score (the median) of {peers}. The gap is judged against
        how far those councils usually are from their middle score: within half of that usual distance, {councilName} is &lsquo;broadly
        similar&rsquo;; further away, &lsquo;slightly above&rsquo;, &lsquo;above&rsquo; or &lsquo;well above&rsquo; (or below).
      </p>
      <p className="govuk-body">
        &lsquo;Items answered&rsquo; counts the {itemLabel}s {councilName} gave a rating to, whether its agreed rating or, where it has
        none, its participants&apos; answers. The breakthrough matrix counts agreed ratings only, so its count can be different.
        &lsquo;Spread&rsquo; is how far {councilName}&apos;s own participants disagreed: the gap, in points, across the middle half of their
        answers. &lsquo;c&rsquo; means a figure is withheld so that no council can be picked out. <HowFiguresWorkLink />.
      </p>
    </>
  );
}

type ItemsPanelProps = {
  base: GetCouncilPositionResult;
  choice: CouncilPositionChoice;
  group: PeerGroupSummaryFragment;
  dimensionKey: string | null;
  sectionTitle: string;
  fileNameParts: string[];
  /** Move focus to the heading, when the panel was opened from its link. */
  autoFocus: boolean;
};

/** "Items within a section on demand": one section's items against the same group, in a table. */
function ItemsPanel({ base, choice, group, dimensionKey, sectionTitle, fileNameParts, autoFocus }: ItemsPanelProps) {
  const { council, framework, round } = base;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const variables = useMemo<GetCouncilPositionQueryVariables>(
    () => ({
      councilGssCode: council.gssCode,
      frameworkKey: framework.key,
      round,
      windowRounds: choice.window,
      scope: 'ITEM',
      sectionKey: choice.items,
      peerGroupKeys: [group.key],
    }),
    [council.gssCode, framework.key, round, choice.window, choice.items, group.key],
  );
  const { position, loading, error } = useCouncilPosition(variables);
  const itemLabel = framework.itemLabel;
  const peers = peerGroupInSentence(group);
  const rows = useMemo(
    () => (position ? positionRows(subjectsOn(position.subjects, dimensionOf(position.subjects, dimensionKey)), group.key) : []),
    [position, dimensionKey, group.key],
  );
  const anyWithheld = rows.some((r) => !r.comparison || r.comparison.suppressed);
  const columns = useMemo(
    () =>
      itemColumns({ subjectLabel: itemLabel, councilName: council.name, group }).filter((c) => anyWithheld || c.heading !== WHY_WITHHELD),
    [itemLabel, council.name, group, anyWithheld],
  );

  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);

  return (
    <div className="app-items-panel" id="items">
      <h3 className="govuk-heading-m app-focus-target" tabIndex={-1} ref={headingRef}>
        {itemLabel}s in {sectionTitle}
      </h3>
      {loading ? (
        <Loading text={`Loading the ${itemLabel.toLowerCase()}s…`} />
      ) : error ? (
        <div className="govuk-inset-text">{getErrorMessages(error)[0]?.message ?? 'The items could not be loaded.'}</div>
      ) : (
        <DataTable
          caption={`${itemLabel}s in ${sectionTitle}: ${council.name} against ${peers}`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          csv={{ fileNameParts: [...fileNameParts, sectionTitle], description: `${itemLabel.toLowerCase()}s in ${sectionTitle}` }}
        />
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/${serialiseChoice({ ...choice, items: null })}`}>
          Hide {itemLabel.toLowerCase()}s<span className="govuk-visually-hidden"> in {sectionTitle}</span>
        </Link>
      </p>
    </div>
  );
}
