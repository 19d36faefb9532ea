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
 * beside the figures they qualify rather than tucked away.
 */
export function Caveats({ caveats, headingLevel = 3 }: CaveatsProps) {
  if (caveats.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="govuk-inset-text app-caveats">
      <Heading className="govuk-heading-s govuk-!-margin-bottom-2">Read these figures with care</Heading>
      <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
        {caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
    </div>
  );
}
