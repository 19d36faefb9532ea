import { Link } from '../../router/Link';
import { PATHS } from '../../router/paths';

/** "You can see how a council's self-assessment compares…": the way on from a page that cannot help. */
export function StartPageLink() {
  return (
    <p className="govuk-body">
      You can{' '}
      <Link to={PATHS.councilPosition} className="govuk-link">
        see how a council&apos;s self-assessment compares with other councils
      </Link>
      .
    </p>
  );
}
