import type { RagStatus, UserRole } from '../../graphql/generated/graphql';
import { dayWords, enteredByWords } from '../../view-models/plan-words';
import { StatusTag } from '../StatusTag/StatusTag';

/** One progress update as the timeline shows it. */
export type ProgressTimelineEntry = {
  id: string;
  date: string;
  text: string;
  status: RagStatus;
  enteredByRole: UserRole | null;
  imported: boolean;
};

/** Props of ProgressTimeline. */
export type ProgressTimelineProps = { entries: ProgressTimelineEntry[]; headingLevel?: 'h2' | 'h3' };

/**
 * An action's history as a timeline, newest first: each update's date, its status in words and
 * colour, what happened and who entered it (by role). An ordered list, so a screen reader says how
 * many updates there are; the history is append-only, so nothing here can be changed.
 */
export function ProgressTimeline({ entries, headingLevel = 'h3' }: ProgressTimelineProps) {
  if (entries.length === 0) return <p className="govuk-body">There are no progress updates yet.</p>;
  const Heading = headingLevel;
  const newestFirst = [...entries].reverse();
  return (
    <ol className="app-timeline" reversed>
      {newestFirst.map((entry) => (
        <li key={entry.id} className="app-timeline__item">
          <Heading className="govuk-heading-s app-timeline__title">
            <time dateTime={entry.date}>{dayWords(entry.date)}</time> <StatusTag status={entry.status} />
          </Heading>
          <p className="govuk-body app-timeline__text">{entry.text}</p>
          <p className="govuk-body-s app-timeline__by">{enteredByWords(entry.enteredByRole, entry.imported)}</p>
        </li>
      ))}
    </ol>
  );
}
