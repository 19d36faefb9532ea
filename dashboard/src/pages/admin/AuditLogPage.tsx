import { useQuery } from '@apollo/client/react';

import { Loading } from '../../components/Loading/Loading';
import { Pagination } from '../../components/Pagination/Pagination';
import { TableHead } from '../../components/TableHead/TableHead';
import { formatDateTime } from '../../format/format-date-time';
import { GET_AUDIT_EVENTS } from '../../graphql/queries/getAuditEvents';
import { PATHS } from '../../router/paths';
import { useLocation } from '../../router/useLocation';

import { AUDIT_ACTION_WORDS, ROLE_WORDS } from './admin-words';
import { AUDIT_PAGE_SIZE, auditPageOf } from './audit-page';

import './administration.css';

const pagePath = (page: number) => (page === 1 ? PATHS.adminAudit : `${PATHS.adminAudit}?page=${page}`);

/**
 * The audit log: every administration and sharing action, who did it and when, newest first, a
 * page at a time. The page is in the address, so a page can be bookmarked or sent to a colleague.
 */
export function AuditLogPage() {
  const page = auditPageOf(useLocation().search);
  const { data, loading } = useQuery(GET_AUDIT_EVENTS, { variables: { take: AUDIT_PAGE_SIZE, skip: (page - 1) * AUDIT_PAGE_SIZE } });
  const log = data?.auditEvents;
  const pages = log ? Math.max(1, Math.ceil(log.total / AUDIT_PAGE_SIZE)) : 1;
  return (
    <>
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">
        Every administration and sharing action, newest first. The log is only ever added to: nobody, administrators included, can change or
        remove an entry.
      </p>
      {loading ? <Loading text="Loading the audit log…" /> : null}
      {log ? (
        log.events.length === 0 ? (
          <p className="govuk-body">{page === 1 ? 'Nothing has been recorded yet.' : 'There is nothing on this page.'}</p>
        ) : (
          <table className="govuk-table app-admin-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {log.total === 1 ? '1 action' : `${log.total} actions`}
              {pages > 1 ? `, page ${page} of ${pages}` : ''}
            </caption>
            <TableHead columns={['When and who', 'What']} />
            <tbody className="govuk-table__body">
              {log.events.map((e) => (
                <tr key={e.id} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    {formatDateTime(e.occurredAt)}
                    <span className="govuk-!-display-block">{e.actorEmail}</span>
                    <span className="govuk-body-s">{ROLE_WORDS[e.actorRole]}</span>
                  </td>
                  <td className="govuk-table__cell">
                    <strong>{AUDIT_ACTION_WORDS[e.action]}</strong>: {e.subject}
                    <span className="govuk-!-display-block">{e.summary}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      {pages > 1 ? (
        <Pagination
          label="Audit log pages"
          previous={page > 1 ? { to: pagePath(page - 1), text: 'Newer', hiddenText: ' actions' } : undefined}
          next={page < pages ? { to: pagePath(page + 1), text: 'Older', hiddenText: ' actions' } : undefined}
        />
      ) : null}
    </>
  );
}
