import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';

import type { GetFigureRulesQuery } from '../graphql/generated/graphql';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary';
import { Loading } from '../components/Loading/Loading';
import { TableHead } from '../components/TableHead/TableHead';
import { Fact } from '../components/Fact/Fact';
import {
  COVERAGE,
  ITEM_SCORE,
  LEVEL_SCORE,
  MAD_DEFINITION,
  MAD_ZERO,
  NEAREST_LEVEL,
  DISTRIBUTION_PERTURBATION,
  EXACT_SCORES,
  NOT_ITS_OWN_PEER,
  ONE_SUBMISSION_PER_COUNCIL,
  QUARTILE_BANDS,
  QUARTILE_DEFINITION,
  QUARTILE_EXAMPLE,
  SECTION_SCORE,
  SPREAD,
} from '../format/figure-definitions';
import { getErrorMessages } from '../graphql/errors';
import { GET_FIGURE_RULES } from '../graphql/queries/getFigureRules';
import { usePageTitle } from '../hooks/usePageTitle';

const TITLE = 'How the figures work – Touchstone';

type Rules = GetFigureRulesQuery['figureRules'];

/** The page's sections, in order, for its contents list; each id is a link target other pages use. */
const SECTIONS = [
  { id: 'scores', title: 'How a score is worked out' },
  { id: 'peers', title: 'How your council is compared with others' },
  { id: 'phrases', title: 'What the phrases mean' },
  { id: 'peer-groups', title: 'Which councils are in a peer group' },
  { id: 'withheld', title: 'What is withheld, and why' },
  { id: 'glossary', title: 'Words used on these pages' },
] as const;

/**
 * "How the figures work": a plain-English account of how scores, quartiles, phrases and levels are
 * computed, and how anonymised figures are protected. Every caveat and every withheld figure ("c")
 * links here. The definitions come from format/figure-definitions.ts, the numbers from the API's
 * figureRules query, so the page states the rules the service applies.
 */
export function HowFiguresWorkPage() {
  const { data, loading, error } = useQuery(GET_FIGURE_RULES);
  usePageTitle(TITLE, error !== undefined);
  const rules = data?.figureRules;
  // A link such as /how-figures-work#withheld arrives before the sections are drawn: go there once they are.
  useEffect(() => {
    const target = rules && window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView();
  }, [rules]);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error ? <ErrorSummary items={getErrorMessages(error).map((m) => ({ text: m.message }))} /> : null}
        <span className="govuk-caption-l">Touchstone</span>
        <h1 className="govuk-heading-xl">How the figures work</h1>
        <p className="govuk-body-l">
          How Touchstone works out each council&apos;s scores, how it compares them with other councils&apos;, and how it keeps the councils
          that contribute anonymous.
        </p>
        <nav aria-labelledby="contents-heading" className="app-contents">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="contents-heading">
            Contents
          </h2>
          <ol className="govuk-list govuk-list--number">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a className="govuk-link" href={`#${s.id}`}>
                  {s.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        {loading ? <Loading text="Loading the rules in force…" /> : rules ? <Sections rules={rules} /> : null}
      </div>
    </div>
  );
}

const heading = (id: (typeof SECTIONS)[number]['id']) => SECTIONS.find((s) => s.id === id)!.title;

function Sections({ rules }: { rules: Rules }) {
  const n = rules.minOtherCouncils;
  return (
    <>
      <h2 className="govuk-heading-l" id="scores">
        {heading('scores')}
      </h2>
      <p className="govuk-body">
        Self-assessment scores are each council&apos;s own judgement of itself, not the result of an inspection. Read them as indications,
        not verdicts.
      </p>
      <h3 className="govuk-heading-m">Levels and scores</h3>
      <p className="govuk-body">{LEVEL_SCORE}</p>
      <p className="govuk-body">{EXACT_SCORES}</p>
      <h3 className="govuk-heading-m">Statements and sections</h3>
      <p className="govuk-body">{ITEM_SCORE}</p>
      <p className="govuk-body">{SECTION_SCORE}</p>
      <p className="govuk-body">{COVERAGE}</p>
      <p className="govuk-body">{SPREAD}</p>

      <h2 className="govuk-heading-l" id="peers">
        {heading('peers')}
      </h2>
      <p className="govuk-body">{ONE_SUBMISSION_PER_COUNCIL}</p>
      <p className="govuk-body">{NOT_ITS_OWN_PEER}</p>
      <h3 className="govuk-heading-m">Median and quartiles</h3>
      <p className="govuk-body">
        The median is the middle of the other councils&apos; scores: half score less, half more. The lower and upper quartiles mark the
        first and third quarters, so the middle half of councils lies between them.
      </p>
      <p className="govuk-body">{QUARTILE_DEFINITION}</p>
      <p className="govuk-body">{QUARTILE_EXAMPLE}</p>
      <p className="govuk-body">
        With fewer than {rules.preciseFiguresFrom} other councils, the median and quartiles are shown to the nearest{' '}
        {rules.smallGroupRounding} points, so that none of them is one council&apos;s own score. The quarter and the phrase are still worked
        out from the exact figures.
      </p>
      <h3 className="govuk-heading-m">Quarters</h3>
      <p className="govuk-body">Your council&apos;s score is placed in one of four quarters of the other councils&apos; scores:</p>
      <RuleTable
        caption="The quarter your council’s score is placed in"
        headings={['Quarter', 'When your council’s score is']}
        rows={QUARTILE_BANDS.map((b) => [b.band, b.rule])}
      />
      <h3 className="govuk-heading-m">Levels in a distribution</h3>
      <p className="govuk-body">{NEAREST_LEVEL}</p>
      <p className="govuk-body">{DISTRIBUTION_PERTURBATION}</p>
      <p className="govuk-body">Councils are never ranked or put in a league table.</p>

      <h2 className="govuk-heading-l" id="phrases">
        {heading('phrases')}
      </h2>
      <p className="govuk-body">
        Beside each comparison, a phrase says how far your council&apos;s score is from the other councils&apos; median, measured in median
        absolute deviations.
      </p>
      <p className="govuk-body">{MAD_DEFINITION}</p>
      <RuleTable
        caption="The phrase for each distance from the median"
        headings={['Your council’s score is', 'When it is this far from the median']}
        rows={[
          ['broadly similar to', `${rules.madSimilar} MAD or less, above or below`],
          ['slightly above, or slightly below', `more than ${rules.madSimilar} and up to ${rules.madSlightly} MAD`],
          ['above, or below', `more than ${rules.madSlightly} and up to ${rules.madPlain} MADs`],
          ['well above, or well below', `more than ${rules.madPlain} MADs`],
        ]}
      />
      <p className="govuk-body">{MAD_ZERO}</p>

      <h2 className="govuk-heading-l" id="peer-groups">
        {heading('peer-groups')}
      </h2>
      <p className="govuk-body">
        Other councils&apos; figures are only ever shown for fixed peer groups. A fixed peer group is defined by a rule about councils, not
        by a list someone picks: all councils, councils of one type (such as district councils), councils in one region, and councils in one
        circumstance (such as cash-strapped councils). Who is in each group is worked out for each round from those facts.
      </p>
      <p className="govuk-body">
        Groups are fixed so that no one can make up two groups that differ by one council and work out that council&apos;s answers by
        comparing them.
      </p>
      <h3 className="govuk-heading-m">Which circumstances count</h3>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          Official facts, such as a designation for poor performance, and circumstances the Planning Advisory Service (PAS) assigns, place a
          council in a group.
        </li>
        <li>Designated or in danger of designation counts only from the official record.</li>
        <li>
          Circumstances a council declares about itself are shown to that council as context, labelled as its own view. They never place it
          in a group, so no council can make a small group big enough to be shown by declaring itself into it.
        </li>
      </ul>

      <h2 className="govuk-heading-l" id="withheld">
        {heading('withheld')}
      </h2>
      <p className="govuk-body">
        Where a figure is withheld, Touchstone shows <strong>{rules.withheldSymbol}</strong>, the symbol the Government Statistical Service
        uses for a figure withheld to protect confidentiality. Hover over it, or read the reason beside it, to see why.
      </p>
      <p className="govuk-body">A figure about other councils is withheld:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          when fewer than {n} other councils contribute to it (the service is set to {n}, and never allows fewer than{' '}
          {rules.disclosureFloor})
        </li>
        <li>
          when all, or all but one, of the contributing councils are on the same level: the distribution would tell each of them where the
          others are
        </li>
        <li>
          when two peer groups, or a round and a window of up to {rules.maxWindowRounds} rounds, differ by fewer than {n} councils: showing
          both could reveal the councils in the difference
        </li>
        <li>
          when it would differ from a figure shown earlier by fewer than {n} contributing submissions, so that no change in a group, no
          early or late submission and no unanswered section can single out one council over time
        </li>
      </ul>
      <p className="govuk-body">
        The number of councils contributing is shown in bands, never exactly: {rules.contributorBands.join(', ')}.
      </p>
      <p className="govuk-body">
        Notes, evidence and participants&apos; individual answers never leave the council. Only submitted assessments are shared: drafts are
        seen only by the council itself. Collaboration partners see only the agreed ratings of councils that have agreed to share them.
      </p>

      <h2 className="govuk-heading-l" id="glossary">
        {heading('glossary')}
      </h2>
      <dl className="govuk-summary-list">
        <Fact label="Act first">
          In the breakthrough matrix, questions where the council has made little progress and its improvement plan does not address them.
          These are the ones to act on first.
        </Fact>
        <Fact label={rules.withheldSymbol}>
          A figure withheld to protect the anonymity of the councils that contributed (the Government Statistical Service&apos;s symbol).
        </Fact>
        <Fact label="Coverage">{COVERAGE}</Fact>
        <Fact label="Fixed peer group">
          A group of councils defined by a rule about them (type, region or an official or PAS-assigned circumstance), worked out for each
          round.
        </Fact>
        <Fact label="Median absolute deviation (MAD)">{MAD_DEFINITION}</Fact>
        <Fact label="Quartiles">The scores a quarter and three quarters of the way up the other councils&apos; scores, in order.</Fact>
        <Fact label="Spread">{SPREAD}</Fact>
      </dl>
    </>
  );
}

/** A table of rules: what each row is called, and when it applies. */
function RuleTable({ caption, headings, rows }: { caption: string; headings: [string, string]; rows: [string, string][] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <TableHead columns={headings} />
      <tbody className="govuk-table__body">
        {rows.map(([name, rule]) => (
          <tr key={name} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {name}
            </th>
            <td className="govuk-table__cell">{rule}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
