import { useDraftForm } from '../../hooks/useDraftForm';
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

const EMPTY = (): ActionDraft => ({ description: '', lead: '', target: '' });

/** A form to add an action to a challenge: what, who leads it (a role or team, never a name) and by when. */
export function PlanActionForm({ idPrefix, challengeTitle, onSubmit }: PlanActionFormProps) {
  const { summary, sending, handleSubmit, field } = useDraftForm<ActionDraft>({
    empty: EMPTY,
    idOf: (key) => `${idPrefix}-${key}`,
    check: actionDraftErrors,
    send: (draft) => onSubmit({ description: draft.description.trim(), lead: draft.lead.trim(), target: draft.target.trim() }),
    messageOf: (e) => e.message,
  });
  return (
    <form noValidate onSubmit={(e) => void handleSubmit(e)} className="app-plan-action-form">
      <PageErrorSummary items={summary} />
      <Textarea {...field('description')} label="Action" rows={2} />
      <TextInput {...field('lead')} label="Lead" hint="A role or team, for example Head of Planning. Not a person’s name." />
      <TextInput
        {...field('target')}
        label="Target"
        hint="A month (July 2027), a range (April 2027 – March 2028) or Ongoing (or Ongoing until 2028/29)."
        inputClassName="govuk-input--width-20"
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={sending}>
        Add action<span className="govuk-visually-hidden"> to {challengeTitle}</span>
      </button>
    </form>
  );
}
