import {
  countByStatus,
  isDueSoon,
  isOverdue,
  latestUpdate,
  monthEnds,
  parsePeriod,
  parseTarget,
  PlanTargetKind,
  RagStatus,
} from './plan-status';

const target = (text: string) => {
  const result = parseTarget(text);
  if (!result.ok) throw new Error(result.message);
  return result.target;
};

describe('parseTarget', () => {
  it('should read a month and year as due at the end of that month', () => {
    expect(target('July 2014')).toEqual({ kind: PlanTargetKind.DATE, text: 'July 2014', startsOn: null, dueOn: '2014-07-31' });
    expect(target('Feb 2016').dueOn).toBe('2016-02-29');
    expect(target('Sept 2015').dueOn).toBe('2015-09-30');
  });

  it('should read a range as due at its end', () => {
    expect(target('February 2014 – March 2015')).toEqual({
      kind: PlanTargetKind.RANGE,
      text: 'February 2014 – March 2015',
      startsOn: '2014-02-01',
      dueOn: '2015-03-31',
    });
    expect(target('April - June 2014')).toMatchObject({ kind: PlanTargetKind.RANGE, startsOn: '2014-04-01', dueOn: '2014-06-30' });
    expect(target('January 2014 to March 2014').dueOn).toBe('2014-03-31');
  });

  it('should read "Ongoing" as never due, and "Ongoing until" as due at the end of that period', () => {
    expect(target('Ongoing')).toMatchObject({ kind: PlanTargetKind.ONGOING, dueOn: null });
    expect(target('ongoing')).toMatchObject({ kind: PlanTargetKind.ONGOING, dueOn: null });
    expect(target('Ongoing until 2016/17')).toMatchObject({ kind: PlanTargetKind.ONGOING, dueOn: '2017-03-31' });
    expect(target('Ongoing until March 2016')).toMatchObject({ kind: PlanTargetKind.ONGOING, dueOn: '2016-03-31' });
  });

  it('should read day-first dates, ISO dates, financial years and quarters', () => {
    expect(target('31/07/2014').dueOn).toBe('2014-07-31');
    expect(target('2014-07-15').dueOn).toBe('2014-07-15');
    expect(target('2015/16').dueOn).toBe('2016-03-31');
    expect(target('Q3 2015').dueOn).toBe('2015-09-30');
    expect(target('Winter 2015').dueOn).toBe('2016-02-29');
  });

  it('should refuse text that is not a date, with a message saying what is accepted', () => {
    for (const text of ['', 'soon', 'Julember 2014', '31/02/2014', '2015/17', 'March 2015 – February 2014']) {
      const result = parseTarget(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    }
    expect(parsePeriod('32 July 2014')).toBeNull();
  });
});

describe('overdue and due soon', () => {
  it('should count an action overdue only when its target has passed and it is not Blue', () => {
    expect(isOverdue({ dueOn: '2014-07-31', status: RagStatus.GREEN }, '2014-08-01')).toBe(true);
    expect(isOverdue({ dueOn: '2014-07-31', status: null }, '2014-08-01')).toBe(true);
    expect(isOverdue({ dueOn: '2014-07-31', status: RagStatus.BLUE }, '2014-08-01')).toBe(false);
    expect(isOverdue({ dueOn: '2014-07-31', status: RagStatus.RED }, '2014-07-31')).toBe(false);
    expect(isOverdue({ dueOn: null, status: RagStatus.RED }, '2099-01-01')).toBe(false);
  });

  it('should count an action due soon when it falls within the window and is not complete', () => {
    expect(isDueSoon({ dueOn: '2014-08-20', status: RagStatus.AMBER }, '2014-08-01', 30)).toBe(true);
    expect(isDueSoon({ dueOn: '2014-09-20', status: RagStatus.AMBER }, '2014-08-01', 30)).toBe(false);
    expect(isDueSoon({ dueOn: '2014-08-20', status: RagStatus.BLUE }, '2014-08-01', 30)).toBe(false);
    expect(isDueSoon({ dueOn: '2014-07-20', status: null }, '2014-08-01', 30)).toBe(false);
  });
});

describe('history', () => {
  const at = (iso: string) => new Date(iso);
  const updates = [
    { actionId: 'a', date: '2014-03-01', status: RagStatus.AMBER, createdAt: at('2014-03-02T10:00:00Z') },
    { actionId: 'a', date: '2014-05-01', status: RagStatus.GREEN, createdAt: at('2014-05-02T10:00:00Z') },
    // Entered later but dated the same day: the later entry wins.
    { actionId: 'a', date: '2014-05-01', status: RagStatus.BLUE, createdAt: at('2014-05-03T10:00:00Z') },
    { actionId: 'b', date: '2014-04-01', status: RagStatus.RED, createdAt: at('2014-04-01T10:00:00Z') },
  ];

  it('should take the latest update by date, then by when it was entered', () => {
    expect(latestUpdate(updates.filter((u) => u.actionId === 'a'))?.status).toBe(RagStatus.BLUE);
    expect(
      latestUpdate(
        updates.filter((u) => u.actionId === 'a'),
        '2014-04-30',
      )?.status,
    ).toBe(RagStatus.AMBER);
    expect(latestUpdate([], '2014-04-30')).toBeNull();
  });

  it('should count actions by their latest status on a day, leaving out actions not yet started', () => {
    const actions = [
      { id: 'a', createdOn: '2014-01-10' },
      { id: 'b', createdOn: '2014-01-10' },
      { id: 'c', createdOn: '2014-06-10' },
    ];
    expect(countByStatus(actions, updates, '2014-02-01')).toEqual({ red: 0, amber: 0, green: 0, blue: 0, noUpdate: 2, total: 2 });
    expect(countByStatus(actions, updates, '2014-04-15')).toEqual({ red: 1, amber: 1, green: 0, blue: 0, noUpdate: 0, total: 2 });
    expect(countByStatus(actions, updates, '2014-07-01')).toEqual({ red: 1, amber: 0, green: 0, blue: 1, noUpdate: 1, total: 3 });
  });

  it('should list month ends across a year boundary', () => {
    expect(monthEnds('2014-11-15', '2015-02-01')).toEqual(['2014-11-30', '2014-12-31', '2015-01-31', '2015-02-28']);
    expect(monthEnds('2015-02-01', '2014-11-15')).toEqual([]);
  });
});
