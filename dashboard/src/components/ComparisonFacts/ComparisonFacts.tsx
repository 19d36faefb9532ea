import type { ReactNode } from 'react';

import { Fact } from '../Fact/Fact';
import { WarningText } from '../WarningText/WarningText';

/** Props of ComparisonFacts. */
export type ComparisonFactsProps = {
  /** The council the view is about; left out of views about several councils. */
  council?: { officialName: string; gssCode: string };
  framework: { title: string; version: string };
  /** The round, or the rounds a window covers. */
  round: ReactNode;
  /** Whether the figures come from synthetic demonstration data, which is then said under the facts; left out where the API does not say. */
  synthetic?: boolean;
  /** The view's own facts after the round (what it is rated on, who it is compared with). */
  children?: ReactNode;
};

/**
 * The facts about what a comparison shows, as a GOV.UK summary list: the council, the framework
 * version, the round, then the view's own; and a warning when the figures are synthetic.
 */
export function ComparisonFacts({ council, framework, round, synthetic, children }: ComparisonFactsProps) {
  return (
    <>
      <dl className="govuk-summary-list govuk-summary-list--no-border app-comparison-facts">
        {council ? (
          <Fact label="Council">
            {council.officialName} ({council.gssCode})
          </Fact>
        ) : null}
        <Fact label="Framework">
          {framework.title} ({framework.version} version)
        </Fact>
        <Fact label="Round">{round}</Fact>
        {children}
      </dl>
      {synthetic ? <WarningText>These figures are synthetic demonstration data</WarningText> : null}
    </>
  );
}
