import { useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useMemo } from 'react';

import { groupsOfKind } from '../charts/sector-heatmap/sector-heatmap.domain';
import { joinWithAnd } from '../charts/shared/words';
import { SectorHeatmap } from '../charts/sector-heatmap/SectorHeatmap';
import { Caveats } from '../components/Caveats/Caveats';
import { ResultsSection } from '../components/ResultsSection/ResultsSection';
import { ComparisonFacts } from '../components/ComparisonFacts/ComparisonFacts';
import { DataTable } from '../components/DataTable/DataTable';
import type { ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { Fact } from '../components/Fact/Fact';
import { FieldsetField, RadioItems, type RadioItemOption } from '../components/FormGroup/FormGroup';
import { Loading } from '../components/Loading/Loading';
import { Select } from '../components/Select/Select';
import { peerGroupName } from '../format/peer-group-words';
import { pageErrorMessages } from '../graphql/errors';
import { GET_FRAMEWORKS, type GetFrameworksFramework } from '../graphql/queries/getFrameworks';
import type { GetSectorViewResult } from '../graphql/queries/getSectorView';
import { useChoiceDraft } from '../hooks/useChoiceDraft';
import { useSectorView } from '../hooks/useSectorView';
import { useUrlChoice } from '../hooks/useUrlChoice';
import type { Viewer } from '../hooks/useViewer';
import {
  GROUP_KINDS,
  type GroupKindChoice,
  parseSectorChoice,
  type SectorChoice,
  serialiseSectorChoice,
} from '../view-models/sector-choice';
import { dimensionsInOrder } from '../view-models/dimensions-in-order';
import { distributionColumns, distributionRows, WHY_WITHHELD } from '../view-models/sector-distribution';

import { ChoiceForm, DimensionField, FrameworkField, RoundField } from './ChoiceForm';
import { ViewFrame } from './ViewFrame';

const SERVICE_TITLE = 'Sector view – Touchstone';

const KIND_LABELS: Record<GroupKindChoice, string> = { type: 'Type of council', region: 'Region', circumstance: 'Circumstances' };
const KIND_OPTIONS: RadioItemOption<GroupKindChoice>[] = GROUP_KINDS.map((kind) => ({ value: kind, text: KIND_LABELS[kind] }));
const KIND_OF: Record<GroupKindChoice, 'TYPE' | 'REGION' | 'CIRCUMSTANCE'> = {
  type: 'TYPE',
  region: 'REGION',
  circumstance: 'CIRCUMSTANCE',
};

/** Props of SectorPage. */
export type SectorPageProps = { viewer: Viewer };

/**
 * Sector view, for the Planning Advisory Service: every section of a framework against every fixed
 * peer group (the median, with its change since the previous round), then one section's
 * distribution in each group (quartiles and the share at each level); withheld figures show "c" and
 * why. No council is identified. The choice is kept in the query string.
 */
export function SectorPage(_props: SectorPageProps) {
  const frameworksQuery = useQuery(GET_FRAMEWORKS);
  const [choice, setChoice] = useUrlChoice(parseSectorChoice, serialiseSectorChoice);
  const rated = useMemo(() => frameworksQuery.data?.frameworks.filter((f) => f.kind === 'RATING') ?? null, [frameworksQuery.data]);
  const framework = rated?.find((f) => f.key === choice.framework);
  const dimensions = useMemo(() => dimensionsInOrder(framework), [framework]);
  const dimensionKey = choice.dimension && dimensions.some((d) => d.key === choice.dimension) ? choice.dimension : null;
  const variables = useMemo(
    () => ({ frameworkKey: choice.framework, round: choice.round, dimensionKey }),
    [choice.framework, choice.round, dimensionKey],
  );
  const { sector, data, loading, error } = useSectorView(variables);

  const columns = useMemo(
    () => (data ? { ...data, groups: groupsOfKind(data.groups, KIND_OF[choice.groups]) } : undefined),
    [data, choice.groups],
  );
  const errorItems = useMemo<ErrorSummaryItem[]>(
    () => pageErrorMessages([frameworksQuery.error, error]).map((m) => ({ text: m.message })),
    [frameworksQuery.error, error],
  );

  return (
    <ViewFrame
      title={sector && !loading ? `${sector.framework.title}, ${sector.round} – ${SERVICE_TITLE}` : SERVICE_TITLE}
      errorItems={errorItems}
      caption="Sector view"
      heading={<>How councils&apos; self-assessments compare across the sector</>}
      lead="The median score of each peer group in each section, and how it has changed since the previous round. No council is named."
      status={
        loading
          ? 'Loading the sector view.'
          : sector
            ? `Showing ${sector.framework.title}, ${sector.round}, by ${KIND_LABELS[choice.groups].toLowerCase()}.`
            : ''
      }
      controls={
        <>{rated ? <SectorForm frameworks={rated} choice={choice} onChoose={setChoice} /> : <Loading text="Loading frameworks…" />}</>
      }
      loading={loading}
      loadingText="Loading the sector view…"
    >
      {sector && columns && !error ? (
        <ResultsSection headingId="sector-heading" heading={sector.framework.title}>
          <ComparisonFacts framework={sector.framework} round={sector.round} synthetic={sector.includesSynthetic}>
            <Fact label="Change since">{sector.previousRound ?? 'No earlier round'}</Fact>
            {dimensions.length > 1 ? <Fact label="Rated on">{sector.dimension.title}</Fact> : null}
          </ComparisonFacts>
          <Caveats caveats={sector.caveats} />
          <KindSwitch value={choice.groups} onChange={(groups) => setChoice({ ...choice, groups })} />
          <h3 className="govuk-heading-m">
            {sector.framework.sectionLabel}s by {KIND_LABELS[choice.groups].toLowerCase()}
          </h3>
          <LeftOutGroups groups={sector.peerGroups.filter((g) => g.alwaysWithheld && g.kind === KIND_OF[choice.groups])} />
          <SectorHeatmap
            key={`${sector.framework.key}|${sector.round}|${sector.dimension.key}|${choice.groups}`}
            data={columns}
            fileNameParts={[
              sector.framework.title,
              sector.round,
              ...(dimensions.length > 1 ? [sector.dimension.title] : []),
              `by ${KIND_LABELS[choice.groups]}`,
            ]}
          />
          <SectionDistribution
            sector={sector}
            groups={columns.groups}
            sectionKey={choice.section}
            kindLabel={KIND_LABELS[choice.groups]}
            showDimension={dimensions.length > 1}
            onSection={(section) => setChoice({ ...choice, section })}
          />
        </ResultsSection>
      ) : null}
    </ViewFrame>
  );
}

type SectorFormProps = { frameworks: GetFrameworksFramework[]; choice: SectorChoice; onChoose: (choice: SectorChoice) => void };

/** The framework, round and dimension; nothing changes until the button is pressed (WCAG 2.2 SC 3.2.2). */
function SectorForm({ frameworks, choice, onChoose }: SectorFormProps) {
  const [draft, setDraft] = useChoiceDraft(choice, serialiseSectorChoice(choice));
  const framework = frameworks.find((f) => f.key === draft.framework);
  const dimensions = dimensionsInOrder(framework);
  const handleSubmit = () => {
    onChoose({ ...draft, dimension: dimensions.length > 1 ? draft.dimension : null });
  };
  return (
    <ChoiceForm onSubmit={handleSubmit} submitText="Show sector view">
      <div className="govuk-grid-row">
        <FrameworkField
          frameworks={frameworks}
          value={draft.framework}
          onChange={(value) => setDraft((d) => ({ ...d, framework: value, dimension: null }))}
        />
        <RoundField value={draft.round} onChange={(round) => setDraft((d) => ({ ...d, round }))} />
      </div>
      <DimensionField dimensions={dimensions} value={draft.dimension} onChange={(dimension) => setDraft((d) => ({ ...d, dimension }))} />
    </ChoiceForm>
  );
}

/** Which kind of peer group the columns show: radios that switch in one click (only the heatmap changes). */
function KindSwitch({ value, onChange }: { value: GroupKindChoice; onChange: (kind: GroupKindChoice) => void }) {
  const name = useId();
  return (
    <FieldsetField idPrefix={name} legend="Peer groups to show" legendSize="m">
      <RadioItems
        name={name}
        options={KIND_OPTIONS}
        value={value}
        onChange={onChange}
        idOf={(option) => `groups-${option.value}`}
        className="govuk-radios--small govuk-radios--inline"
      />
    </FieldsetField>
  );
}

type SectionDistributionProps = {
  sector: GetSectorViewResult;
  /** The heatmap's columns: all councils, then the groups of the kind chosen. */
  groups: { key: string; name: string }[];
  /** Null shows the first section. */
  sectionKey: string | null;
  kindLabel: string;
  showDimension: boolean;
  onSection: (section: string) => void;
};

/**
 * One section's distribution in each peer group: the quartiles and the share of councils at each
 * level of the scale, as a table with its CSV. The section is chosen with a button, as the form
 * above is (WCAG 2.2 SC 3.2.2), and kept in the URL.
 */
function SectionDistribution({ sector, groups, sectionKey, kindLabel, showDimension, onSection }: SectionDistributionProps) {
  const sections = useMemo(() => [...sector.sections].sort((a, b) => a.position - b.position), [sector.sections]);
  const section = sections.find((s) => s.key === sectionKey) ?? sections[0];
  const [draft, setDraft] = useChoiceDraft(section?.key ?? '', section?.key ?? '');
  const levels = useMemo(() => [...sector.dimension.levels].sort((a, b) => a.position - b.position), [sector.dimension.levels]);
  const rows = useMemo(() => (section ? distributionRows(sector.cells, section.key, groups) : []), [sector.cells, section, groups]);
  const anyWithheld = rows.some((r) => !r.cell || r.cell.suppressed || r.cell.distribution == null);
  const columns = useMemo(
    () => distributionColumns(levels).filter((c) => anyWithheld || c.heading !== WHY_WITHHELD),
    [levels, anyWithheld],
  );
  if (!section) return null;

  const sectionLabel = sector.framework.sectionLabel;
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft) onSection(draft);
  };
  const caption = `${section.title}: quartiles and share of councils at each level, by ${kindLabel.toLowerCase()} (${sector.framework.title}, ${sector.round}${showDimension ? `, ${sector.dimension.title}` : ''})`;

  return (
    <section aria-labelledby="distribution-heading" className="govuk-!-margin-top-8">
      <h3 className="govuk-heading-m" id="distribution-heading">
        Distribution in one {sectionLabel.toLowerCase()}
      </h3>
      <p className="govuk-body">
        The middle half of each group&apos;s scores lies between its lower and upper quartiles. The shares say what proportion of the
        group&apos;s councils are nearest each level of the scale. A figure is shown as c where it could identify a council.
      </p>
      <form className="app-choice-form" onSubmit={handleSubmit} noValidate>
        <Select
          name="distribution-section"
          label={sectionLabel}
          options={sections.map((s) => ({ value: s.key, text: s.title }))}
          value={draft}
          onChange={setDraft}
          className="govuk-!-margin-bottom-4"
        />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show distribution
        </button>
      </form>
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.groupKey}
        csv={{
          fileNameParts: [
            sector.framework.title,
            sector.round,
            ...(showDimension ? [sector.dimension.title] : []),
            section.title,
            `distribution by ${kindLabel}`,
          ],
          description: caption,
        }}
      />
    </section>
  );
}

/** The groups of the kind on show that are too small ever to be shown, named so their absence is not a mystery. */
function LeftOutGroups({ groups }: { groups: GetSectorViewResult['peerGroups'] }) {
  if (groups.length === 0) return null;
  const names = joinWithAnd(groups.map((g) => peerGroupName(g)));
  return (
    <p className="govuk-body">
      {names} {groups.length === 1 ? 'is' : 'are'} not shown: {groups.length === 1 ? 'it has' : 'they have'} too few councils for any figure
      to be shown without identifying one.
    </p>
  );
}
