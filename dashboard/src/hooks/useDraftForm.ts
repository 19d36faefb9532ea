import { type FormEvent, useState } from 'react';

import type { ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';

/** A draft's problems, by field, in the words the error summary and the fields show. */
export type DraftErrors<TDraft> = Partial<Record<keyof TDraft, string>>;

/** What a field of a draft takes: its name (also its id), value, change handler and error message. */
export type DraftFieldProps<TValue> = { name: string; value: TValue; onChange: (value: TValue) => void; error?: string };

/** How useDraftForm checks, sends and resets a draft. */
export type DraftFormOptions<TDraft> = {
  /** The draft a new form starts with, and goes back to once one is sent. */
  empty: () => TDraft;
  /** Each field's id, unique on the page, so the error summary can link to it. */
  idOf: (field: keyof TDraft) => string;
  /** The draft's problems by field, empty when it can be sent. */
  check: (draft: TDraft) => DraftErrors<TDraft>;
  /** Sends a draft that has no problems; resolves once stored. */
  send: (draft: TDraft) => Promise<void>;
  /** The words to show for a refused send. */
  messageOf: (error: Error) => string;
};

/** What useDraftForm gives a form. */
export type DraftForm<TDraft> = {
  draft: TDraft;
  errors: DraftErrors<TDraft>;
  /** The error summary's items: each field's problem, linked to the field, then the refusal of the last send. */
  summary: ErrorSummaryItem[];
  /** While a send runs, so the submit button can be disabled. */
  sending: boolean;
  /** Checks the draft and, with no problems, sends it; the form is emptied once it is stored. */
  handleSubmit: (event: FormEvent) => Promise<void>;
  /** The props that bind one field to the draft. */
  field: <TKey extends keyof TDraft>(key: TKey) => DraftFieldProps<TDraft[TKey]>;
};

/**
 * A form over one draft object, the GOV.UK way: every problem is checked on submit (not while
 * typing), shown beside its field and in the error summary with a link to the field; nothing is
 * sent while there is any. The API's refusal is shown in the summary, and the draft kept, so
 * nothing typed is lost.
 */
export function useDraftForm<TDraft>({ empty, idOf, check, send, messageOf }: DraftFormOptions<TDraft>): DraftForm<TDraft> {
  const [draft, setDraft] = useState<TDraft>(empty);
  const [errors, setErrors] = useState<DraftErrors<TDraft>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(draft);
    setErrors(found);
    setRefusal(null);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    try {
      await send(draft);
      setDraft(empty());
    } catch (e) {
      setRefusal(messageOf(e as Error));
    } finally {
      setSending(false);
    }
  };

  const summary: ErrorSummaryItem[] = [
    ...(Object.entries(errors) as [keyof TDraft, string][]).map(([key, text]) => ({ text, href: `#${idOf(key)}` })),
    ...(refusal ? [{ text: refusal }] : []),
  ];
  const field = <TKey extends keyof TDraft>(key: TKey): DraftFieldProps<TDraft[TKey]> => ({
    name: idOf(key),
    value: draft[key],
    onChange: (value) => setDraft({ ...draft, [key]: value }),
    error: errors[key],
  });
  return { draft, errors, summary, sending, handleSubmit, field };
}
