import {
  medianWords,
  ROLE_SHAPES,
  roleLabel,
  SESSION_ROLES,
  type SessionRole,
  spreadRows,
  type SpreadSummaryInput,
} from '../../view-models/session-words';
import { TableHead } from '../TableHead/TableHead';

/** One dimension's revealed spread, as the API sends it. */
export type SessionSpreadDimension = SpreadSummaryInput & {
  dimension: { key: string; title: string };
  shownRoles: SessionRole[];
  otherRolesCount: number;
};

/** Props of SessionSpread. */
export type SessionSpreadProps = {
  spreads: SessionSpreadDimension[];
  /** Name each dimension (when the framework rates on more than one). */
  showDimensionTitle: boolean;
  /** Heading level of each dimension's caption. */
  large?: boolean;
};

/**
 * The spread of revealed scores: for each level, how many scored it, drawn as one shape per score so
 * the room sees at a glance whether it agrees; shapes mark the roles the API shows (2 or more of a
 * role), and hollow circles every other score. Each row is a table row whose header is the level
 * and whose cell holds the count in figures and, for screen readers, in words; the shapes are
 * aria-hidden. Nothing names a person: the API sends counts only.
 */
export function SessionSpread({ spreads, showDimensionTitle, large = false }: SessionSpreadProps) {
  return (
    <div className={large ? 'app-spread app-spread--large' : 'app-spread'}>
      {spreads.map((spread) => {
        const median = medianWords(
          spread.median,
          spread.levels.map((l) => l.level),
        );
        const caption = `${showDimensionTitle ? `${spread.dimension.title}: ` : ''}${spread.scored} scored`;
        if (spread.withheld) {
          return (
            <div key={spread.dimension.key} className="govuk-inset-text">
              <p className="govuk-body govuk-!-font-weight-bold">{caption}</p>
              <p className="govuk-body">{spread.reason ?? 'Too few scored to show the spread.'}</p>
            </div>
          );
        }
        const rows = spreadRows(spread.levels, spread.shownRoles);
        const keyRoles: (SessionRole | 'OTHER')[] = [...SESSION_ROLES.filter((r) => spread.shownRoles.includes(r)), 'OTHER'];
        return (
          <div key={spread.dimension.key} className="app-spread__dimension">
            <table className="govuk-table app-spread__table">
              <caption className={`govuk-table__caption ${large ? 'govuk-table__caption--l' : 'govuk-table__caption--m'}`}>
                {caption}
                {median ? `, median ${median}` : ''}
              </caption>
              <TableHead columns={['Level', 'Scores']} />
              <tbody className="govuk-table__body">
                {rows.map((row) => (
                  <tr key={row.key} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header app-spread__level">
                      {row.label}
                    </th>
                    <td className="govuk-table__cell">
                      <span className="app-spread__count" aria-hidden="true">
                        {row.count}
                      </span>
                      <span className="app-spread__marks" aria-hidden="true">
                        {row.marks.map((mark) => (
                          <span key={mark.role} className={`app-spread__mark app-spread__mark--${mark.role.toLowerCase()}`}>
                            {mark.shape.repeat(mark.count)}
                          </span>
                        ))}
                      </span>
                      <span className="govuk-visually-hidden">{row.words}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {spread.shownRoles.length > 0 ? (
              <p className="govuk-body-s app-spread__key">
                Key:{' '}
                {keyRoles.map((role, index) => (
                  <span key={role}>
                    {index > 0 ? ' ' : null}
                    <span className="app-spread__key-item">
                      <span aria-hidden="true">{ROLE_SHAPES[role]}</span> {role === 'OTHER' ? 'Other roles' : roleLabel(role)}
                    </span>
                  </span>
                ))}
              </p>
            ) : (
              <p className="govuk-body-s">Roles are shown only where at least 2 people of a role scored.</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
