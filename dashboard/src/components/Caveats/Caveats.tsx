import { Link } from '../../router/Link';
import { PATHS } from '../../router/paths';

/** Props of Caveats. */
export type CaveatsProps = {
  /** The API's caveats for the figures on show, in its words. */
  caveats: string[];
  /** The heading's level, to fit the page's outline. */
  headingLevel?: 2 | 3;
};

/**
 * The caveats the API sends with every comparison (self-assessment is a council's own view; peers'
 * figures exclude the council and are withheld as "c" when too few contribute; no ranking), set
 * beside the figures they qualify rather than tucked away, with a link to the page that explains
 * how the figures are worked out and protected.
 */
export function Caveats({ caveats, headingLevel = 3 }: CaveatsProps) {
  if (caveats.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="govuk-inset-text app-caveats">
      <Heading className="govuk-heading-s govuk-!-margin-bottom-2">Read these figures with care</Heading>
      <ul className="govuk-list govuk-list--bullet">
        {caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
      <HowFiguresWorkLink />
    </div>
  );
}

/** The link every caveat ends with: to the plain-English account of how the figures are computed and protected. */
export function HowFiguresWorkLink() {
  return (
    <p className="govuk-body govuk-!-margin-bottom-0">
      <Link to={PATHS.howFiguresWork} className="govuk-link">
        How the figures work
      </Link>
      : how scores are worked out, how councils are compared and what is withheld.
    </p>
  );
}
