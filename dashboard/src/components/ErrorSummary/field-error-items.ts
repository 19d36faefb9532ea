import type { ErrorSummaryItem } from './ErrorSummary';

/**
 * The error summary's items for a form's field problems: one per field that has a problem, in the
 * order the ids are listed (the order the fields appear on the page, as GOV.UK asks), each linking
 * to its field's id so following it moves the focus there. Every field that can have a problem
 * needs an id, and a misspelt field does not compile.
 */
export function fieldErrorItems<TField extends string>(
  errors: Partial<Record<TField, string>>,
  ids: Record<NoInfer<TField>, string>,
): ErrorSummaryItem[] {
  return (Object.entries(ids) as [TField, string][]).flatMap(([field, id]) => {
    const text = errors[field];
    return text ? [{ text, href: `#${id}` }] : [];
  });
}
