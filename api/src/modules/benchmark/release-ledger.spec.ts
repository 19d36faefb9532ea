import fc from 'fast-check';

import { decideRelease, differenceUpTo, planReleases, type ReleaseCandidate, releaseCandidates, subjectKeyOf } from './release-ledger';

const THRESHOLD = 5;

/** |A Δ B| \ ignore, counted the slow way. */
const symmetricDifference = (a: readonly number[], b: readonly number[], ignore: ReadonlySet<number> = new Set()) =>
  [...a.filter((x) => !b.includes(x)), ...b.filter((x) => !a.includes(x))].filter((x) => !ignore.has(x)).length;

const sortedSet = fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 30 }).map((xs) => xs.sort((a, b) => a - b));

describe('differenceUpTo', () => {
  it('should count the symmetric difference of two sorted sets, up to the limit, skipping the ignored', () => {
    fc.assert(
      fc.property(
        sortedSet,
        sortedSet,
        fc.integer({ min: 1, max: 12 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 40 })),
        (a, b, limit, ig) => {
          const ignore = new Set(ig);
          expect(differenceUpTo(a, b, limit, ignore)).toBe(Math.min(limit, symmetricDifference(a, b, ignore)));
        },
      ),
    );
  });
});

describe('planReleases', () => {
  it('should withhold a figure whose contributors are not known', () => {
    const unknown: ReleaseCandidate = {
      cell: 'c',
      subjectId: 's',
      dimensionId: 'd',
      groupKey: 'g',
      rounds: [],
      submissions: null,
      released: false,
      refused: false,
    };
    expect(planReleases([unknown], new Map(), new Set(), THRESHOLD)).toEqual({
      withheld: new Map([['c', expect.stringMatching(/could not be checked/)]]),
      records: [],
      refusals: [],
    });
  });
});

describe('releaseCandidates', () => {
  it('should give a servable cell missing from the contributors read no set, so that it is withheld', () => {
    const cell = { group_key: 'all', subject_id: 's', dimension_id: 'd' };
    const [candidate] = releaseCandidates([], [cell], { rounds: ['2025-26'], groupOrder: ['all'], serves: () => true });
    expect(candidate).toMatchObject({ cell: 'all:s:d', submissions: null, released: false, refused: false });
    expect(planReleases([candidate], new Map(), new Set(), THRESHOLD).withheld.has('all:s:d')).toBe(true);
  });
});

describe('decideRelease', () => {
  it('should serve and record a set identical to an earlier one', () => {
    expect(decideRelease([1, 2, 3, 4, 5, 6], [[1, 2, 3, 4, 5, 6]], new Set(), THRESHOLD)).toEqual({ serve: true, record: true });
  });

  it('should withhold a set one submission away from an earlier one, with a plain reason', () => {
    const decision = decideRelease([1, 2, 3, 4, 5, 6, 7], [[1, 2, 3, 4, 5, 6]], new Set(), THRESHOLD);
    expect(decision).toEqual({
      serve: false,
      reason: expect.stringMatching(/differ from those of a figure already published by fewer than 5/),
    });
  });

  it('should serve a set the threshold away from every earlier one', () => {
    expect(decideRelease([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [[1, 2, 3, 4, 5, 6]], new Set(), THRESHOLD)).toEqual({
      serve: true,
      record: true,
    });
  });

  it("should serve, without recording, a set that differs only by the viewer's own submissions", () => {
    // The viewer re-submitted (its submission 7 became 8): it sees the same others as before.
    expect(decideRelease([1, 2, 3, 4, 5, 6, 8], [[1, 2, 3, 4, 5, 6, 7]], new Set([7, 8]), THRESHOLD)).toEqual({
      serve: true,
      record: false,
    });
  });
});

/**
 * Random histories: councils submit (a re-submission supersedes the last), answer or leave sections
 * unanswered, join and leave peer groups, and rounds pass; reads ask for a group's figures for a
 * subject in a round or a window, with or without a viewer. Every read goes through the ledger as
 * the service's does. Whatever happens, no two sets the ledger released for a subject differ by at
 * least one but fewer than the threshold, and every figure served either has its set in the ledger
 * or differs from a set in it only by its viewer's own submissions.
 */
describe('release ledger over random histories', () => {
  const COUNCILS = 14;
  const GROUPS = 3;
  const SUBJECTS = 2;
  const council = fc.integer({ min: 0, max: COUNCILS - 1 });
  const event = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('submit' as const),
        council,
        round: fc.integer({ min: 0, max: 2 }),
        // Mostly answered, sometimes left unanswered.
        answers: fc.array(
          fc.nat(4).map((n) => n > 0),
          { minLength: SUBJECTS, maxLength: SUBJECTS },
        ),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('join' as const), council, group: fc.integer({ min: 0, max: GROUPS - 1 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('leave' as const), council, group: fc.integer({ min: 0, max: GROUPS - 1 }) }) },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('read' as const),
        groups: fc.uniqueArray(fc.integer({ min: 0, max: GROUPS - 1 }), { minLength: 1, maxLength: GROUPS }),
        subject: fc.integer({ min: 0, max: SUBJECTS - 1 }),
        viewer: fc.option(council, { nil: null }),
        round: fc.integer({ min: 0, max: 2 }),
        window: fc.integer({ min: 1, max: 2 }),
      }),
    },
  );
  const start = fc.record({
    members: fc.array(fc.uniqueArray(council, { minLength: 5, maxLength: COUNCILS }), { minLength: GROUPS, maxLength: GROUPS }),
    // Which councils have submitted in the first round before the history starts (answering everything).
    submitted: fc.uniqueArray(council, { minLength: 6, maxLength: COUNCILS }),
  });

  it('should never release two sets of a subject that differ by fewer than the threshold', () => {
    let releases = 0;
    fc.assert(
      fc.property(start, fc.array(event, { maxLength: 120 }), ({ members, submitted }, events) => {
        const groups = members.map((m) => new Set(m));
        // Per council and round, its current submission (number and answered subjects); numbers only grow.
        const latest = new Map<string, { id: number; answers: boolean[] }>();
        const own = new Map<number, Set<number>>();
        let next = 1;
        for (const c of submitted) {
          latest.set(`${c}:0`, { id: next, answers: [true, true] });
          own.set(c, new Set([next++]));
        }
        const ledger = new Map<string, number[][]>();
        const served: { subject: string; submissions: number[]; viewer: number | null }[] = [];

        for (const e of events) {
          if (e.kind === 'submit') {
            const id = next++;
            latest.set(`${e.council}:${e.round}`, { id, answers: e.answers });
            own.set(e.council, new Set([...(own.get(e.council) ?? []), id]));
          } else if (e.kind === 'join') groups[e.group].add(e.council);
          else if (e.kind === 'leave') groups[e.group].delete(e.council);
          else {
            const rounds = Array.from({ length: e.window }, (_, i) => e.round - i).filter((r) => r >= 0);
            const candidates: ReleaseCandidate[] = e.groups.flatMap((g) => {
              const submissions = [...groups[g]]
                .map((c) => rounds.map((r) => latest.get(`${c}:${r}`)).find((s) => s !== undefined))
                .filter((s) => s?.answers[e.subject])
                .map((s) => s!.id)
                .sort((a, b) => a - b);
              const viewerOwn = own.get(e.viewer ?? -1) ?? new Set();
              const others = submissions.filter((id) => !viewerOwn.has(id)).length;
              if (others < THRESHOLD) return [];
              const subjectId = `s${e.subject}`;
              const sets = ledger.get(subjectKeyOf({ subjectId, dimensionId: 'd' })) ?? [];
              return [
                {
                  cell: `${g}`,
                  subjectId,
                  dimensionId: 'd',
                  groupKey: `${g}`,
                  rounds: rounds.map(String),
                  submissions,
                  released: sets.some((set) => symmetricDifference(set, submissions) === 0),
                  refused: false,
                },
              ];
            });
            const viewerOwn = own.get(e.viewer ?? -1) ?? new Set<number>();
            const fresh = candidates.filter((c) => !c.released);
            const plan = planReleases(fresh, ledger, viewerOwn, THRESHOLD);
            for (const record of plan.records) {
              const key = subjectKeyOf(record);
              ledger.set(key, [...(ledger.get(key) ?? []), [...record.submissions]]);
            }
            for (const c of candidates)
              if (!plan.withheld.has(c.cell))
                served.push({ subject: subjectKeyOf(c), submissions: [...(c.submissions ?? [])], viewer: e.viewer });
          }
        }

        releases += served.length;
        for (const sets of ledger.values())
          for (const [i, a] of sets.entries())
            for (const b of sets.slice(i + 1)) {
              const difference = symmetricDifference(a, b);
              expect(difference === 0 || difference >= THRESHOLD).toBe(true);
            }
        for (const figure of served) {
          const viewerOwn = own.get(figure.viewer ?? -1) ?? new Set<number>();
          const sets = ledger.get(figure.subject) ?? [];
          expect(sets.some((set) => symmetricDifference(set, figure.submissions, viewerOwn) === 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // The histories do reach the ledger: many figures served, so the property is not vacuous.
    expect(releases).toBeGreaterThan(150);
  });
});
