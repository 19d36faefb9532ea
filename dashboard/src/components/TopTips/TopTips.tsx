/** Props of TopTips. */
export type TopTipsProps = { sectionTitle: string; tips: string[]; headingLevel?: 2 | 3 };

/** The section's top tips for improving, from the framework, as a GOV.UK inset with a bulleted list. */
export function TopTips({ sectionTitle, tips, headingLevel = 2 }: TopTipsProps) {
  if (tips.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="govuk-inset-text app-top-tips">
      <Heading className="govuk-heading-m">Top tips: {sectionTitle}</Heading>
      <ul className="govuk-list govuk-list--bullet">
        {tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
    </div>
  );
}
