import type { GetCouncilTrendAssessment } from '../graphql/queries/getCouncilTrend';

import { changeText, councilTrend, trendColumns } from './council-trend';

const score = (key: string, position: number, value: number | null, dimension = 'rating') => ({
  score: value,
  dimension: { key: dimension },
  section: { key, title: key.toUpperCase(), position },
});
const assessment = (round: string, status: 'SUBMITTED' | 'DRAFT' | 'SUPERSEDED', scores: ReturnType<typeof score>[]) =>
  ({ id: round + status, round, status, sectionScores: scores }) as GetCouncilTrendAssessment;

describe('councilTrend', () => {
  it('should give each section its score in every submitted round, oldest first, leaving drafts out', () => {
    const trend = councilTrend(
      [
        assessment('2025-26', 'SUBMITTED', [score('b', 2, 61.6), score('a', 1, 40)]),
        assessment('2026-27', 'DRAFT', [score('a', 1, 99)]),
        assessment('2024-25', 'SUBMITTED', [score('a', 1, 50), score('b', 2, null)]),
      ],
      null,
    );
    expect(trend.rounds).toEqual(['2024-25', '2025-26']);
    expect(trend.rows.map((r) => r.key)).toEqual(['a', 'b']);
    expect(trend.rows[0].scores).toEqual({ '2024-25': 50, '2025-26': 40 });
    expect(changeText(trend.rows[0], trend.rounds)).toBe('-10');
    expect(changeText(trend.rows[1], trend.rounds)).toBe('Not available');
    expect(trendColumns(trend, 'Section').map((c) => c.heading)).toEqual(['Section', '2024-25', '2025-26', 'Change since 2024-25']);
  });

  it('should keep to one dimension, and have no change column with a single round', () => {
    const trend = councilTrend([assessment('2025-26', 'SUBMITTED', [score('a', 1, 40, 'now'), score('a', 1, 80, 'ambition')])], 'ambition');
    expect(trend.rows[0].scores).toEqual({ '2025-26': 80 });
    expect(trendColumns(trend, 'Theme').map((c) => c.heading)).toEqual(['Theme', '2025-26']);
  });
});
