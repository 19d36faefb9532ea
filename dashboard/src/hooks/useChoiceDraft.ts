import { type Dispatch, type SetStateAction, useState } from 'react';

/**
 * A form's draft of a view's choice, started from the choice and started again whenever the choice
 * changes from outside (the back button), as told by its key: only the fields the form edits belong
 * in the key, so a switch made beside the form leaves a half-made draft alone. Adjusting state
 * during render, rather than remounting, keeps focus on the button after the form's own submit.
 */
export function useChoiceDraft<TChoice, TDraft = TChoice>(
  choice: TChoice,
  choiceKey: string,
  toDraft: (choice: TChoice) => TDraft = (c) => c as unknown as TDraft,
): [TDraft, Dispatch<SetStateAction<TDraft>>] {
  const [draft, setDraft] = useState<TDraft>(() => toDraft(choice));
  const [source, setSource] = useState(choiceKey);
  if (source !== choiceKey) {
    setSource(choiceKey);
    setDraft(toDraft(choice));
  }
  return [draft, setDraft];
}
