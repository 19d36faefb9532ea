import { Link } from '../../router/Link';

/** Props of AddToPlanLinks. */
export type AddToPlanLinksProps = {
  heading: string;
  intro: string;
  /** Each weak spot: its key (for the address) and its title (for the link's words). */
  items: { key: string; title: string }[];
  pathFor: (key: string) => string;
};

/** "Add to the improvement plan" for each of a list of weak spots (themes, sections or questions): one link each, named after it. */
export function AddToPlanLinks({ heading, intro, items, pathFor }: AddToPlanLinksProps) {
  if (items.length === 0) return null;
  return (
    <div className="app-add-to-plan app-no-print">
      <h3 className="govuk-heading-m govuk-!-margin-top-6">{heading}</h3>
      <p className="govuk-body">{intro}</p>
      <ul className="govuk-list">
        {items.map((item) => (
          <li key={item.key}>
            <Link className="govuk-link" to={pathFor(item.key)}>
              Add to the improvement plan<span className="govuk-visually-hidden">:</span> {item.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
