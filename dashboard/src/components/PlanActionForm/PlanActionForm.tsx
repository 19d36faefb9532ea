import { type FormEvent, useState } from 'react';

import { type ActionDraft, actionDraftErrors } from '../../view-models/plan-words';
import { TextInput } from '../TextInput/TextInput';
import { Textarea } from '../Textarea/Textarea';
import { PageErrorSummary } from '../../components/ErrorSummary/PageErrorSummary';

/** Props of PlanActionForm. */
export type PlanActionFormProps = {
  /** Prefix of the fields' ids, unique on the page (one form per challenge). */
  idPrefix: string;
  /** What the form adds to, for the button's accessible name. */
  challengeTitle: string;
  /** Resolves once stored; rejects with a message to show. */
  onSubmit: (draft: ActionDraft) => Promise<void>;
};

const EMPTY: ActionDraft = { description: '', lead: '', target: '' };

/** A form to add an action to a challenge: what, who leads it (a role or team, never a name) and by when. */
export function PlanActionForm({ idPrefix, challengeTitle, onSubmit }: PlanActionFormProps) {
  const [draft, setDraft] = useState<ActionDraft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof ActionDraft, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const id = (field: keyof ActionDraft) => `${idPrefix}-${field}`;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = actionDraftErrors(draft);
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    try {
      await onSubmit({ description: draft.description.trim(), lead: draft.lead.trim(), target: draft.target.trim() });
      setDraft(EMPTY);
    } catch (e) {
      setServerError((e as Error).message);
    } finally {
      setSending(false);
    }
  };

  const summary = [
    ...(Object.entries(errors) as [keyof ActionDraft, string][]).map(([field, text]) => ({ text, href: `#${id(field)}` })),
    ...(serverError ? [{ text: serverError }] : []),
  ];
  return (
    <form noValidate onSubmit={(e) => void handleSubmit(e)} className="app-plan-action-form">
      <PageErrorSummary items={summary} />
      <Textarea
        name={id('description')}
        label="Action"
        rows={2}
        value={draft.description}
        onChange={(description) => setDraft({ ...draft, description })}
        error={errors.description}
      />
      <TextInput
        name={id('lead')}
        label="Lead"
        hint="A role or team, for example Head of Planning. Not a person’s name."
        value={draft.lead}
        onChange={(lead) => setDraft({ ...draft, lead })}
        error={errors.lead}
      />
      <TextInput
        name={id('target')}
        label="Target"
        hint="A month (July 2027), a range (April 2027 – March 2028) or Ongoing (or Ongoing until 2028/29)."
        value={draft.target}
        onChange={(target) => setDraft({ ...draft, target })}
        error={errors.target}
        inputClassName="govuk-input--width-20"
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={sending}>
        Add action<span className="govuk-visually-hidden"> to {challengeTitle}</span>
      </button>
    </form>
  );
}
