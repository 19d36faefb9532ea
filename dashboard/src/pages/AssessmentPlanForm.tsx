import { type FormEvent, useState } from 'react';

import type { AssessmentCadence } from '../graphql/generated/graphql';
import { Checkboxes } from '../components/Checkboxes/Checkboxes';
import { Details } from '../components/Details/Details';
import { Radios, type RadioOption } from '../components/Radios/Radios';
import { Textarea } from '../components/Textarea/Textarea';
import { TextInput } from '../components/TextInput/TextInput';
import type { GetAssessmentAssessment } from '../graphql/queries/getAssessment';

/** What the plan form saves. */
export type PlanValues = {
  sectionKeys: string[];
  skippedItemKeys: string[];
  purpose: string | null;
  chair: string | null;
  noteTaker: string | null;
  cadence: AssessmentCadence | null;
  actionTimescale: string | null;
};

/** Props of AssessmentPlanForm. */
export type AssessmentPlanFormProps = {
  assessment: GetAssessmentAssessment;
  busy: boolean;
  onSave: (values: PlanValues) => void;
};

const CADENCE_OPTIONS: RadioOption<AssessmentCadence>[] = [
  { value: 'ONE_OFF', text: 'A one-off assessment' },
  { value: 'SERIES', text: 'One of a series (for example, every year)' },
];

const orNull = (text: string): string | null => text.trim() || null;

/**
 * The plan of a draft: which sections to include (any subset), statements that do not matter
 * (skipped), why the council is doing it, who chairs and who takes notes, one-off or one of a series,
 * and the timescale for action. PAS's advice is in the hints: use the toolkit how you want, section
 * by section, and don't try to do every section at once.
 */
export function AssessmentPlanForm({ assessment, busy, onSave }: AssessmentPlanFormProps) {
  const { framework } = assessment;
  const everySection = assessment.includedSections.length === framework.sections.length;
  const [sectionKeys, setSectionKeys] = useState<string[]>(everySection ? [] : assessment.includedSections.map((s) => s.key));
  const [skipped, setSkipped] = useState<string[]>(assessment.skippedItemKeys);
  const [purpose, setPurpose] = useState(assessment.purpose ?? '');
  const [chair, setChair] = useState(assessment.chair ?? '');
  const [noteTaker, setNoteTaker] = useState(assessment.noteTaker ?? '');
  const [cadence, setCadence] = useState<AssessmentCadence | null>(assessment.cadence);
  const [timescale, setTimescale] = useState(assessment.actionTimescale ?? '');
  const sectionLabel = framework.sectionLabel.toLowerCase();
  const itemLabel = framework.itemLabel.toLowerCase();
  const shownSections = framework.sections.filter((s) => sectionKeys.length === 0 || sectionKeys.includes(s.key));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Statements of sections left out are not skipped: they are simply not in this assessment.
    const keep = new Set(shownSections.flatMap((s) => s.items.map((i) => i.key)));
    onSave({
      sectionKeys,
      skippedItemKeys: skipped.filter((k) => keep.has(k)),
      purpose: orNull(purpose),
      chair: orNull(chair),
      noteTaker: orNull(noteTaker),
      cadence,
      actionTimescale: orNull(timescale),
    });
  };

  return (
    <form noValidate onSubmit={handleSubmit} className="app-plan-form">
      <Checkboxes
        legend={`Which ${sectionLabel}s will you assess?`}
        hint={`Use the toolkit how you want, ${sectionLabel} by ${sectionLabel}: don't try to do every ${sectionLabel}. Leave them all unticked to include every ${sectionLabel}.`}
        idPrefix="plan-sections"
        options={framework.sections.map((s) => ({ value: s.key, text: s.title }))}
        values={sectionKeys}
        onChange={setSectionKeys}
        small
      />
      <Details summary={`${itemLabel[0].toUpperCase()}${itemLabel.slice(1)}s that do not matter to your council`}>
        <p className="govuk-body">
          Ticked {itemLabel}s are skipped as &quot;not important to us&quot;: they are not rated and do not count as missing.
        </p>
        {shownSections.map((section) => (
          <Checkboxes
            key={section.key}
            legend={section.title}
            legendSize="s"
            idPrefix={`plan-skip-${section.key}`}
            options={section.items.map((i) => ({ value: i.key, text: i.text }))}
            values={skipped.filter((k) => section.items.some((i) => i.key === k))}
            onChange={(values) => setSkipped((previous) => [...previous.filter((k) => !section.items.some((i) => i.key === k)), ...values])}
            small
          />
        ))}
      </Details>
      <Textarea
        labelSize="s"
        name="plan-purpose"
        label="Why is the council doing this assessment?"
        value={purpose}
        onChange={setPurpose}
        rows={3}
      />
      <TextInput name="plan-chair" label="Who chairs the sessions?" hint="A name or a role" value={chair} onChange={setChair} />
      <TextInput name="plan-note-taker" label="Who takes notes?" hint="A name or a role" value={noteTaker} onChange={setNoteTaker} />
      <Radios
        name="plan-cadence"
        legend="Is this a one-off or one of a series?"
        options={CADENCE_OPTIONS}
        value={cadence}
        onChange={setCadence}
        small
      />
      <TextInput
        name="plan-timescale"
        label="Timescale for action"
        hint="For example, 'improvement plan agreed by March'"
        value={timescale}
        onChange={setTimescale}
      />
      <button type="submit" className="govuk-button" disabled={busy}>
        Save the plan
      </button>
    </form>
  );
}
