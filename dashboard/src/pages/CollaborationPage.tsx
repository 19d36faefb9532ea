import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { HowFiguresWorkLink } from '../components/Caveats/Caveats';
import { ResultsSection } from '../components/ResultsSection/ResultsSection';
import { ComparisonFacts } from '../components/ComparisonFacts/ComparisonFacts';
import { DataTable } from '../components/DataTable/DataTable';
import type { ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { Fact } from '../components/Fact/Fact';
import { Loading } from '../components/Loading/Loading';
import { Select } from '../components/Select/Select';
import { pageErrorMessages } from '../graphql/errors';
import { GET_COLLABORATION_COMPARISON } from '../graphql/queries/getCollaborationComparison';
import { GET_COLLABORATION_GROUPS } from '../graphql/queries/getCollaborationGroups';
import { GET_FRAMEWORKS, type GetFrameworksFramework } from '../graphql/queries/getFrameworks';
import { useChoiceDraft } from '../hooks/useChoiceDraft';
import { useUrlChoice } from '../hooks/useUrlChoice';
import type { Viewer } from '../hooks/useViewer';
import { Link } from '../router/Link';
import { PATHS } from '../router/paths';
import { type CollaborationChoice, parseCollaborationChoice, serialiseCollaborationChoice } from '../view-models/collaboration-choice';
import { collaborationColumns, countDiffering } from '../view-models/collaboration-table';
import type { CollaborationGroupDetailsFragment } from '../graphql/generated/graphql';

import { ChoiceForm, FrameworkField, RoundField } from './ChoiceForm';
import { ViewFrame } from './ViewFrame';

const SERVICE_TITLE = 'Collaboration – Touchstone';

/** Props of CollaborationPage. */
export type CollaborationPageProps = { viewer: Viewer };

/**
 * Collaboration view: a collaboration group's councils side by side, identified, with their agreed
 * ratings for each item, where they differ most first (the API's order). Only members that consent
 * to identified sharing are shown; the page says who is left out. Group, framework and round are in
 * the query string.
 */
export function CollaborationPage({ viewer }: CollaborationPageProps) {
  const groupsQuery = useQuery(GET_COLLABORATION_GROUPS);
  // An administrator sees every group and belongs to none: nothing on the page says "your" group to them.
  const isAdministrator = viewer.role === 'ADMINISTRATOR';
  const frameworksQuery = useQuery(GET_FRAMEWORKS);
  const [choice, setChoice] = useUrlChoice(parseCollaborationChoice, serialiseCollaborationChoice);
  const groups = groupsQuery.data?.collaborationGroups;
  const group = groups?.find((g) => g.id === choice.group) ?? (choice.group === null ? groups?.[0] : undefined);
  const rated = useMemo(() => frameworksQuery.data?.frameworks.filter((f) => f.kind === 'RATING') ?? null, [frameworksQuery.data]);

  const variables = useMemo(
    () => (group ? { groupId: group.id, frameworkKey: choice.framework, round: choice.round } : null),
    [group, choice.framework, choice.round],
  );
  const comparisonQuery = useQuery(GET_COLLABORATION_COMPARISON, variables ? { variables } : skipToken);
  const comparison = comparisonQuery.data?.collaborationComparison;

  // The viewer's own council, to mark its column (members carry both the id and the GSS code).
  const ownGssCode = group?.members.find((m) => m.councilId === viewer.councilId)?.council.gssCode ?? null;
  const framework = rated?.find((f) => f.key === choice.framework);
  const showDimension = (framework?.dimensions.length ?? 0) > 1;
  const columns = useMemo(
    () => (comparison ? collaborationColumns(comparison, { ownGssCode, showDimension }) : []),
    [comparison, ownGssCode, showDimension],
  );
  const leftOut = group && comparison ? group.members.filter((m) => !comparison.councils.some((c) => c.gssCode === m.council.gssCode)) : [];

  const errorItems = useMemo<ErrorSummaryItem[]>(() => {
    const messages = pageErrorMessages([groupsQuery.error, frameworksQuery.error, comparisonQuery.error]);
    const items: ErrorSummaryItem[] = [...new Map(messages.map((m) => [m.message, m])).values()].map((m) => ({ text: m.message }));
    if (groups && choice.group !== null && !groups.some((g) => g.id === choice.group))
      items.unshift({ text: 'That collaboration group is not one of yours. Choose one of your groups.', href: '#group' });
    return items;
  }, [groupsQuery.error, frameworksQuery.error, comparisonQuery.error, groups, choice.group]);

  return (
    <ViewFrame
      title={comparison && !comparisonQuery.loading ? `${comparison.groupName} – ${SERVICE_TITLE}` : SERVICE_TITLE}
      errorItems={errorItems}
      caption="Collaboration"
      heading="How the councils in a collaboration group compare"
      lead={
        <>
          The agreed ratings of the councils in {isAdministrator ? 'a' : 'your'} collaboration group, side by side and named, with the items
          where they differ most first.
        </>
      }
      status={
        comparisonQuery.loading
          ? 'Loading the comparison.'
          : comparison
            ? `Showing ${comparison.groupName}, ${comparison.framework.title}, ${comparison.round}.`
            : ''
      }
      controls={
        <>
          {groups && rated ? (
            groups.length === 0 ? (
              <NoGroups isAdministrator={isAdministrator} />
            ) : (
              <CollaborationForm
                groups={groups}
                frameworks={rated}
                choice={{ ...choice, group: group?.id ?? choice.group }}
                onChoose={setChoice}
              />
            )
          ) : (
            <Loading text={isAdministrator ? 'Loading the collaboration groups…' : 'Loading your collaboration groups…'} />
          )}
        </>
      }
      loading={comparisonQuery.loading}
      loadingText="Loading the comparison…"
    >
      {comparison && group && !comparisonQuery.error ? (
        <ResultsSection headingId="collaboration-heading" heading={comparison.groupName}>
          <ComparisonFacts framework={comparison.framework} round={comparison.round}>
            <Fact label="Councils shown">{comparison.councils.map((c) => c.name).join(', ') || 'None'}</Fact>
          </ComparisonFacts>
          <div className="govuk-inset-text app-caveats">
            <ul className="govuk-list govuk-list--bullet">
              <li>These are each council&apos;s agreed ratings: its own judgement, not an inspection.</li>
              <li>
                Councils are named here because each has agreed to share its ratings with this group. Notes and participants&apos; answers
                are never shared.
              </li>
              <li>The order is where the councils differ most, not a ranking of councils.</li>
              <li>Only submitted assessments are shown: a council&apos;s drafts are never shared.</li>
              {leftOut.map((m) => (
                <li key={m.council.gssCode}>{m.council.name} does not share its ratings with the group, so it is not shown.</li>
              ))}
            </ul>
            <HowFiguresWorkLink />
          </div>
          <h3 className="govuk-heading-m">Where the councils differ most</h3>
          <p className="govuk-body">
            The councils rated {countDiffering(comparison.rows)} of {comparison.rows.length} {comparison.framework.itemLabel.toLowerCase()}
            {comparison.rows.length === 1 ? '' : 's'}
            {showDimension ? ' (on each scale)' : ''} differently. &lsquo;Difference&rsquo; is how many levels apart the highest and lowest
            ratings are.
          </p>
          <DataTable
            caption={`${comparison.groupName}: agreed ratings side by side, ${comparison.framework.title}, ${comparison.round}`}
            className="app-collaboration-table"
            columns={columns}
            rows={comparison.rows}
            rowKey={(r) => `${r.item.key}|${r.dimension.key}`}
            emptyText="There are no agreed ratings to compare."
            csv={{
              fileNameParts: [comparison.groupName, comparison.framework.title, comparison.round],
              description: `${comparison.groupName}'s agreed ratings side by side`,
            }}
          />
        </ResultsSection>
      ) : null}
    </ViewFrame>
  );
}

/**
 * No group to show: how a group comes about and how to take part, since councils cannot create
 * groups themselves. An administrator sets a group up; each member council's lead then consents.
 */
function NoGroups({ isAdministrator }: { isAdministrator: boolean }) {
  if (isAdministrator)
    return (
      <div className="govuk-inset-text">
        <p className="govuk-body">There are no collaboration groups yet.</p>
        <p className="govuk-body govuk-!-margin-bottom-0">
          Create a group in the administration pages and invite its councils. Each council&apos;s lead then gives consent on their account
          page, and the councils that consent appear here side by side.
        </p>
      </div>
    );
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">Your council is not in a collaboration group yet.</p>
      <p className="govuk-body">To start or join one, for example with councils you plan to share a service with:</p>
      <ol className="govuk-list govuk-list--number">
        <li>Agree with the other councils which of you will be in the group.</li>
        <li>Ask a Touchstone administrator to set the group up with those councils.</li>
        <li>
          Your council lead gives consent to share your council&apos;s agreed ratings with the group, on the{' '}
          <Link className="govuk-link" to={PATHS.account}>
            account page
          </Link>
          .
        </li>
      </ol>
      <p className="govuk-body govuk-!-margin-bottom-0">
        Each council is shown here, named, only once its own lead has consented. Notes and participants&apos; answers are never shared.
      </p>
    </div>
  );
}

type CollaborationFormProps = {
  groups: CollaborationGroupDetailsFragment[];
  frameworks: GetFrameworksFramework[];
  choice: CollaborationChoice;
  onChoose: (choice: CollaborationChoice) => void;
};

/** The group, framework and round; nothing changes until the button is pressed (WCAG 2.2 SC 3.2.2). */
function CollaborationForm({ groups, frameworks, choice, onChoose }: CollaborationFormProps) {
  const [draft, setDraft] = useChoiceDraft(choice, serialiseCollaborationChoice(choice));
  const handleSubmit = () => {
    onChoose(draft);
  };
  const groupOptions = groups.map((g) => ({ value: g.id, text: g.name }));
  if (draft.group && !groups.some((g) => g.id === draft.group))
    groupOptions.unshift({ value: draft.group, text: 'Not one of your groups' });
  return (
    <ChoiceForm onSubmit={handleSubmit} submitText="Show comparison">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Select
            name="group"
            label="Collaboration group"
            options={groupOptions}
            value={draft.group ?? groups[0].id}
            onChange={(group) => setDraft((d) => ({ ...d, group }))}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <FrameworkField frameworks={frameworks} value={draft.framework} onChange={(framework) => setDraft((d) => ({ ...d, framework }))} />
        <RoundField value={draft.round} onChange={(round) => setDraft((d) => ({ ...d, round }))} />
      </div>
    </ChoiceForm>
  );
}
