import { Link } from '../../router/Link';

/** The plain-English page on how figures are computed and protected. */
export const HOW_FIGURES_WORK_PATH = '/how-figures-work';

/** Props of HowFiguresWorkLink. */
export type HowFiguresWorkLinkProps = { text?: string };

/** A link to "How the figures work", for the sentences that explain a figure in brief. */
export function HowFiguresWorkLink({ text = 'How the figures work' }: HowFiguresWorkLinkProps) {
  return (
    <Link className="govuk-link" to={HOW_FIGURES_WORK_PATH}>
      {text}
    </Link>
  );
}
