import { Link } from '../../router/Link';

/** One link in the service navigation. */
export type ServiceNavigationItem = { to: string; text: string; current: boolean };

/** Props of ServiceNavigation. */
export type ServiceNavigationProps = {
  items: ServiceNavigationItem[];
  /** Who is signed in, shown beside the navigation. */
  email: string;
  onSignOut: () => void;
};

/**
 * GOV.UK service navigation for a signed-in user: the service's pages, a "Sign out" button and, in
 * the inline end slot, who is signed in. Sign out is a button, not a link, because it changes
 * something (it ends the session) rather than going somewhere. The current page's link carries
 * aria-current and, like GOV.UK Frontend's, a <strong> so it still stands out when colours are
 * overridden. There is no "Menu" toggle: with three items the list fits a phone screen unfolded.
 */
export function ServiceNavigation({ items, email, onSignOut }: ServiceNavigationProps) {
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container govuk-service-navigation__inlining-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => (
                <li
                  key={item.to}
                  className={
                    item.current
                      ? 'govuk-service-navigation__item govuk-service-navigation__item--active'
                      : 'govuk-service-navigation__item'
                  }
                >
                  <Link className="govuk-service-navigation__link" to={item.to} aria-current={item.current ? 'page' : undefined}>
                    {item.current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                  </Link>
                </li>
              ))}
              <li className="govuk-service-navigation__item">
                <button type="button" className="app-service-navigation__button" onClick={onSignOut}>
                  Sign out
                </button>
              </li>
            </ul>
          </nav>
        </div>
        <p className="govuk-body-s app-service-navigation__signed-in">
          Signed in as <span className="govuk-!-font-weight-bold">{email}</span>
        </p>
      </div>
    </section>
  );
}
