import { useQuery } from '@apollo/client/react';

import { Loading } from '../../components/Loading/Loading';
import { TableHead } from '../../components/TableHead/TableHead';
import { formatDateTime } from '../../format/format-date-time';
import { GET_PAS_SHARING_COUNCILS } from '../../graphql/queries/getPasSharingCouncils';

import './administration.css';

/**
 * Which councils share their identified results with PAS, and since when. Only a council's lead
 * starts or stops sharing (on their account page), so this page only shows it.
 */
export function SharingAdminPage() {
  const { data, loading } = useQuery(GET_PAS_SHARING_COUNCILS);
  const shared = data?.pasSharingCouncils;
  return (
    <>
      <h1 className="govuk-heading-l">Councils that share with PAS</h1>
      <p className="govuk-body">
        These councils have chosen to share their identified self-assessment results with the Planning Advisory Service. Only a council’s
        lead can start or stop sharing, from their account page. Every change is in the audit log.
      </p>
      {loading ? <Loading text="Loading…" /> : null}
      {shared ? (
        shared.length === 0 ? (
          <p className="govuk-body">No council shares its results with PAS at the moment.</p>
        ) : (
          <table className="govuk-table app-admin-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {shared.length === 1 ? '1 council' : `${shared.length} councils`}
            </caption>
            <TableHead columns={['Council', 'Sharing since']} />
            <tbody className="govuk-table__body">
              {shared.map((s) => (
                <tr key={s.council.gssCode} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                    {s.council.name} ({s.council.gssCode})
                  </th>
                  <td className="govuk-table__cell">{formatDateTime(s.sharedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </>
  );
}
