import { type FormEvent, useState } from 'react';

import type { PeerGroupKind, PeerGroupSummaryFragment } from '../../graphql/generated/graphql';
import { peerGroupName } from '../../format/peer-group-words';
import { InstantRadios } from '../InstantRadios/InstantRadios';

/** Props of PeerGroupSwitcher. */
export type PeerGroupSwitcherProps = {
  /** The groups offered as radios: the council's own groups (and the chosen one, if another). */
  groups: PeerGroupSummaryFragment[];
  /** Every fixed peer group, for "Compare with another peer group"; empty hides that choice. */
  allGroups: PeerGroupSummaryFragment[];
  /** The key of the group on show. */
  value: string;
  /** A hint under a radio, by group key: why a circumstance group is offered and who assigned it. */
  hints?: Record<string, string>;
  onChange: (key: string) => void;
};

const KIND_HEADINGS: Record<PeerGroupKind, string> = {
  ALL: 'All councils',
  TYPE: 'Type of council',
  REGION: 'Region',
  CIRCUMSTANCE: 'Circumstances',
};

/**
 * The peer group to compare with. The council's own groups are radios that switch the view in one
 * click: only the figures below change (the page, the focus and the choices stay put), and a live
 * region says what is now shown. Any other fixed group can be chosen from a select with a button,
 * because a long select that changed the view while someone was still moving through it would
 * disorient (WCAG 2.2 SC 3.2.2).
 */
export function PeerGroupSwitcher({ groups, allGroups: everyGroup, value, onChange, hints = {} }: PeerGroupSwitcherProps) {
  // A group too small ever to be shown (the City of London alone) would only ever show "c": not offered.
  const allGroups = everyGroup.filter((g) => !g.alwaysWithheld);
  const [other, setOther] = useState(() => allGroups.find((g) => !groups.some((o) => o.key === g.key))?.key ?? allGroups[0]?.key ?? '');
  const kinds = (Object.keys(KIND_HEADINGS) as PeerGroupKind[]).filter((kind) => allGroups.some((g) => g.kind === kind));

  const handleOther = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (other) onChange(other);
  };

  return (
    <div className="app-peer-group-switcher">
      <InstantRadios
        legend="Compare with"
        legendSize="m"
        hint="Choosing a group changes the figures below straight away."
        options={groups.map((group) => ({ value: group.key, text: peerGroupName(group), hint: hints[group.key] }))}
        value={value}
        onChange={onChange}
        idPrefix="peer-group"
      />
      {allGroups.length > 0 ? (
        <details className="govuk-details govuk-!-margin-bottom-6">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Compare with another peer group</span>
          </summary>
          <div className="govuk-details__text">
            <form onSubmit={handleOther} noValidate>
              <div className="govuk-form-group">
                <label className="govuk-label" htmlFor="other-peer-group">
                  Peer group
                </label>
                <select
                  className="govuk-select"
                  id="other-peer-group"
                  name="other-peer-group"
                  value={other}
                  onChange={(event) => setOther(event.target.value)}
                >
                  {kinds.map((kind) => (
                    <optgroup key={kind} label={KIND_HEADINGS[kind]}>
                      {allGroups
                        .filter((g) => g.kind === kind)
                        .map((g) => (
                          <option key={g.key} value={g.key}>
                            {peerGroupName(g)}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </select>
              </div>
              <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
                Compare
              </button>
            </form>
          </div>
        </details>
      ) : null}
    </div>
  );
}
