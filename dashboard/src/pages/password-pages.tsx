import type { ReactNode } from 'react';

import { Link } from '../router/Link';
import { PATHS } from '../router/paths';
import { usePageTitle } from '../hooks/usePageTitle';

/** A page that says one thing and offers the next step: a link that went nowhere, or a password that is now set. */
export function PasswordOutcome({ title, heading, children }: { title: string; heading: string; children: ReactNode }) {
  usePageTitle(`${title} – Touchstone`, false);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{heading}</h1>
        {children}
      </div>
    </div>
  );
}

/** The "sign in" link at the end of a password page. */
export function SignInLink({ text = 'Sign in' }: { text?: string }) {
  return (
    <p className="govuk-body">
      <Link to={PATHS.signIn} className="govuk-link">
        {text}
      </Link>
    </p>
  );
}
