import { Link } from '../../router/Link';

/** One of the pagination's links: where it goes, its words, and words only screen readers hear after them. */
export type PaginationLinkProps = { to: string; text: string; hiddenText?: string };

/** Props of Pagination. */
export type PaginationProps = {
  /** The navigation landmark's name, e.g. "Audit log pages". */
  label: string;
  previous?: PaginationLinkProps;
  next?: PaginationLinkProps;
};

/** GOV.UK pagination, block style: a previous and a next link, each shown only where there is a page that way. */
export function Pagination({ label, previous, next }: PaginationProps) {
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previous ? <PaginationLink direction="prev" {...previous} /> : null}
      {next ? <PaginationLink direction="next" {...next} /> : null}
    </nav>
  );
}

function PaginationLink({ direction, to, text, hiddenText }: PaginationLinkProps & { direction: 'prev' | 'next' }) {
  return (
    <div className={`govuk-pagination__${direction}`}>
      <Link className="govuk-link govuk-pagination__link" to={to} rel={direction}>
        <span className="govuk-pagination__link-title">
          {text}
          {hiddenText ? <span className="govuk-visually-hidden">{hiddenText}</span> : null}
        </span>
      </Link>
    </div>
  );
}
