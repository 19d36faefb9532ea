import { useState } from 'react';

import { Select } from '../../components/Select/Select';

export type PickableCouncil = { gssCode: string; name: string };

/** Props of CouncilPicker. */
export type CouncilPickerProps = {
  name: string;
  label: string;
  councils: PickableCouncil[];
  /** GSS codes chosen so far. */
  chosen: string[];
  onChange: (chosen: string[]) => void;
  /** Councils that cannot be chosen (already in the group). */
  exclude?: string[];
  error?: string;
};

/**
 * Chooses several councils out of some 330 without a wall of checkboxes: pick one from the list and
 * add it; the chosen ones are listed with a button to remove each. Works with the keyboard alone.
 */
export function CouncilPicker({ name, label, councils, chosen, onChange, exclude = [], error }: CouncilPickerProps) {
  const [picked, setPicked] = useState('');
  const offered = councils.filter((c) => !chosen.includes(c.gssCode) && !exclude.includes(c.gssCode));
  const nameOf = (gss: string) => councils.find((c) => c.gssCode === gss)?.name ?? gss;
  return (
    <div className="govuk-form-group">
      <Select
        name={name}
        label={label}
        options={[{ value: '', text: 'Choose a council' }, ...offered.map((c) => ({ value: c.gssCode, text: c.name }))]}
        value={picked}
        onChange={setPicked}
        error={error}
      />
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => {
          if (!picked) return;
          onChange([...chosen, picked]);
          setPicked('');
        }}
      >
        Add council
      </button>
      {chosen.length > 0 ? (
        <ul className="govuk-list" aria-label={`Councils chosen: ${chosen.length}`}>
          {chosen.map((gss) => (
            <li key={gss}>
              {nameOf(gss)}{' '}
              <button type="button" className="govuk-link app-link-button" onClick={() => onChange(chosen.filter((c) => c !== gss))}>
                Remove<span className="govuk-visually-hidden"> {nameOf(gss)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No councils chosen yet.</p>
      )}
    </div>
  );
}
