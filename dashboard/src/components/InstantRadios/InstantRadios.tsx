import { useId } from 'react';

import { classNames } from '../class-names';
import { FieldsetField, RadioItems, type RadioItemOption } from '../FormGroup/FormGroup';

/** One radio of InstantRadios. */
export type InstantRadioOption = RadioItemOption;

/** Props of InstantRadios. */
export type InstantRadiosProps = {
  legend: string;
  /** 'm' where the radios lead a page's figures, as the peer group switch does. */
  legendSize?: 's' | 'm';
  /** Says that choosing changes the figures at once, so no one waits for a button that is not there. */
  hint: string;
  options: InstantRadioOption[];
  value: string;
  onChange: (value: string) => void;
  /** Side by side, for a few short options. */
  inline?: boolean;
  /** Prefix of each radio's id, e.g. "round" gives "round-2025-26". */
  idPrefix: string;
};

/**
 * GOV.UK small radios that change the view in one click, as the peer group switch does. Radios
 * (not a select) because arrowing through a select that acted at once would change the view at
 * every step (WCAG 2.2 SC 3.2.2); a radio group changes only what follows it, and the page's live
 * region says what is now shown. The focus stays on the radio chosen.
 */
export function InstantRadios({ legend, legendSize = 's', hint, options, value, onChange, inline = false, idPrefix }: InstantRadiosProps) {
  const name = useId();
  return (
    <FieldsetField idPrefix={name} legend={legend} legendSize={legendSize} hint={hint} className="govuk-!-margin-bottom-4">
      <RadioItems
        name={name}
        options={options}
        value={value}
        onChange={onChange}
        idOf={(option) => `${idPrefix}-${option.value.replace(/[^A-Za-z0-9-]+/g, '-')}`}
        className={classNames('govuk-radios--small', inline && 'govuk-radios--inline')}
      />
    </FieldsetField>
  );
}
