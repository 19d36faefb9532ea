import { Link } from '../../router/Link';
import type { RagStatus } from '../../graphql/generated/graphql';
import { targetWords } from '../../view-models/plan-words';
import { StatusTag } from '../StatusTag/StatusTag';
import { TableContainer } from '../TableContainer/TableContainer';
import { TableHead } from '../TableHead/TableHead';

/** One action as the table shows it. */
export type PlanActionsTableRow = {
  id: string;
  description: string;
  lead: string;
  target: { text: string; dueOn: string | null };
  status: RagStatus | null;
  overdue?: boolean;
  /** Where the action sits, for tables that list actions across the plan. */
  place?: string;
};

/** Props of PlanActionsTable. */
export type PlanActionsTableProps = {
  caption: string;
  captionHidden?: boolean;
  rows: PlanActionsTableRow[];
  /** The address of an action's history. */
  historyPath: (actionId: string) => string;
  emptyText?: string;
};

/**
 * A plan's actions as a GOV.UK table: the action (the row's header), where it sits when asked, its
 * lead, target, status in words and colour (and "Overdue" in words), and a link to its history.
 * Stacks into blocks on a narrow screen (see app.css), so a phone never scrolls sideways.
 */
export function PlanActionsTable({
  caption,
  captionHidden = false,
  rows,
  historyPath,
  emptyText = 'There are no actions.',
}: PlanActionsTableProps) {
  const withPlace = rows.some((r) => r.place);
  return (
    <TableContainer label={caption}>
      <table className="govuk-table app-plan-actions">
        <caption className={captionHidden ? 'govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--s'}>{caption}</caption>
        <TableHead columns={['Action', withPlace && 'Under', 'Lead', 'Target', 'Status']} />
        <tbody className="govuk-table__body">
          {rows.length === 0 ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={withPlace ? 5 : 4}>
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header app-plan-actions__action">
                  <Link className="govuk-link" to={historyPath(row.id)}>
                    {row.description}
                  </Link>
                </th>
                {withPlace ? (
                  <td className="govuk-table__cell" data-label="Under">
                    {row.place}
                  </td>
                ) : null}
                <td className="govuk-table__cell" data-label="Lead">
                  {row.lead}
                </td>
                <td className="govuk-table__cell" data-label="Target">
                  {targetWords(row.target)}
                </td>
                <td className="govuk-table__cell" data-label="Status">
                  <StatusTag status={row.status} />
                  {row.overdue ? (
                    <>
                      {' '}
                      <strong className="govuk-tag govuk-tag--red app-status-tag">Overdue</strong>
                    </>
                  ) : null}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableContainer>
  );
}
