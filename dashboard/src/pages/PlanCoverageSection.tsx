import { useMemo } from 'react';

import { DataTable } from '../components/DataTable/DataTable';
import type { TableColumn } from '../components/DataTable/table-columns';
import type { GetPlanBreakthroughCoverageResult, GetPlanBreakthroughCoverageRow } from '../graphql/queries/getPlanBreakthroughCoverage';

/** Props of PlanCoverageSection. */
export type PlanCoverageSectionProps = { coverage: GetPlanBreakthroughCoverageResult; councilName: string };

/**
 * For each breakthrough question: how many actions the plan links to it, beside the council's own
 * answer to "does the improvement plan address this?", with the disagreements said in words.
 */
export function PlanCoverageSection({ coverage, councilName }: PlanCoverageSectionProps) {
  const rows = useMemo(
    () => [...coverage.questions].sort((a, b) => a.section.position - b.section.position || a.item.position - b.item.position),
    [coverage.questions],
  );
  const disagreements = rows.filter((r) => r.disagrees).length;
  const columns = useMemo<TableColumn<GetPlanBreakthroughCoverageRow>[]>(
    () => [
      { heading: 'Question', text: (r) => r.item.text },
      { heading: 'Area', text: (r) => r.section.title },
      { heading: 'Actions linked', text: (r) => String(r.linkedActions), numeric: true },
      { heading: `${councilName}’s answer: does the plan address this?`, text: (r) => r.planCoverageAnswer?.label ?? 'Not answered' },
      { heading: 'Progress', text: (r) => r.progress?.label ?? 'Not answered' },
      {
        heading: 'Agree?',
        text: (r) =>
          r.disagrees ? (r.linkedActions > 0 ? 'No: actions are linked, but the answer is No' : 'No: no action is linked') : 'Yes',
      },
    ],
    [councilName],
  );
  return (
    <>
      <p className="govuk-body">
        {coverage.assessmentRound
          ? `Answers from ${councilName}’s improvement breakthroughs self-assessment for ${coverage.assessmentRound}. ${disagreements === 0 ? 'The plan and the answers agree on every question.' : `The plan and the answers disagree on ${disagreements} ${disagreements === 1 ? 'question' : 'questions'}.`}`
          : `${councilName} has no submitted improvement breakthroughs self-assessment to compare with, so only the plan's links are shown.`}
      </p>
      <DataTable
        caption={`Breakthrough questions: actions in the plan beside ${councilName}’s own answer`}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.item.key}
        csv={{
          fileNameParts: [councilName, 'improvement plan', 'breakthrough coverage'],
          description: 'the breakthrough questions the plan acts on',
        }}
      />
    </>
  );
}
