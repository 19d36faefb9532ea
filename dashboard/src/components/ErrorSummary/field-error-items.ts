import type { ErrorSummaryItem } from './ErrorSummary';

/**
 * The error summary's items for a form's field problems: one per field that has a problem, in the
 * order the fields are listed (the order they appear on the page, as GOV.UK asks), each linking to
 * its field's id so following it moves the focus there.
 */
export function fieldErrorItems<TField extends string>(
  errors: Partial<Record<TField, string>>,
  fields: readonly (readonly [field: NoInfer<TField>, id: string])[],
): ErrorSummaryItem[] {
  return fields.flatMap(([field, id]) => {
    const text = errors[field];
    return text ? [{ text, href: `#${id}` }] : [];
  });
}
