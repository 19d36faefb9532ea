import {
  actionDraftErrors,
  addToPlanPath,
  dayWords,
  enteredByWords,
  parseAddToPlan,
  mayAddToPlan,
  parsePlanPage,
  planPermissions,
  progressDraftErrors,
  sectionSourceKind,
  serialisePlanPage,
  sourceWords,
  statusTagClass,
  statusWords,
  targetWords,
  todayIso,
} from './plan-words';

describe('plan words', () => {
  it('should give every status a word, and Blue means complete', () => {
    expect(statusWords('RED')).toBe('Red (off track)');
    expect(statusWords('BLUE')).toBe('Blue (complete)');
    expect(statusWords(null)).toBe('No update yet');
    expect(statusTagClass('AMBER')).toBe('govuk-tag govuk-tag--orange');
    expect(statusTagClass(null)).toBe('govuk-tag govuk-tag--grey');
  });

  it('should say where a challenge came from', () => {
    expect(sourceWords({ kind: 'PEER_RECOMMENDATION', reference: 'R4', label: null })).toBe('Peer challenge recommendation R4');
    expect(sourceWords({ kind: 'DM_SECTION', reference: null, label: 'Performance management' })).toBe(
      'DM Challenge Toolkit section: Performance management',
    );
    expect(sourceWords({ kind: 'LOCAL_THEME', reference: null, label: null })).toBe('Local theme');
  });

  it('should write days as GOV.UK does and add the due day to a target when there is one', () => {
    expect(dayWords('2014-07-31')).toBe('31 July 2014');
    expect(dayWords('not a day')).toBe('not a day');
    expect(targetWords({ text: 'July 2014', dueOn: '2014-07-31' })).toBe('July 2014 (due by 31 July 2014)');
    expect(targetWords({ text: 'Ongoing', dueOn: null })).toBe('Ongoing');
  });

  it('should name who entered an update by role only', () => {
    expect(enteredByWords('COUNCIL_MEMBER', false)).toBe('Entered by the council member');
    expect(enteredByWords(null, true)).toBe('Imported from a spreadsheet');
  });

  it('should take today in UTC', () => {
    expect(todayIso(new Date('2026-12-01T23:59:00Z'))).toBe('2026-12-01');
  });

  it('should ask for every field of an action, and none when all are given', () => {
    expect(Object.keys(actionDraftErrors({ description: ' ', lead: '', target: '' }))).toEqual(['description', 'lead', 'target']);
    expect(actionDraftErrors({ description: 'Review', lead: 'Head of Planning', target: 'July 2027' })).toEqual({});
  });

  it('should refuse a progress update dated after today, or with no status or text', () => {
    expect(progressDraftErrors({ date: '2026-12-02', text: 'x', status: 'RED' }, '2026-12-01')).toEqual({
      date: 'The date of the update must be today or in the past',
    });
    expect(Object.keys(progressDraftErrors({ date: '2026-13-45', text: '', status: '' }, '2026-12-01'))).toEqual([
      'date',
      'status',
      'text',
    ]);
    expect(progressDraftErrors({ date: '2026-12-01', text: 'Done', status: 'BLUE' }, '2026-12-01')).toEqual({});
  });

  it('should carry a weak spot to the add page and back', () => {
    const path = addToPlanPath({ council: 'E07000034', kind: 'DM_SECTION', subject: 'performance-management' });
    expect(path).toBe('/plan/add?council=E07000034&kind=DM_SECTION&subject=performance-management');
    expect(parseAddToPlan(path.slice(path.indexOf('?')))).toEqual({
      council: 'E07000034',
      kind: 'DM_SECTION',
      subject: 'performance-management',
    });
    expect(parseAddToPlan('?council=E07000034&kind=LOCAL_THEME&subject=x')).toBeNull();
    expect(parseAddToPlan('?kind=DM_SECTION&subject=x')).toBeNull();
  });

  it('should link sections of the DM toolkit and the self-assessment themes, and no other framework', () => {
    expect(sectionSourceKind('dm-challenge-toolkit')).toBe('DM_SECTION');
    expect(sectionSourceKind('improvement-self-assessment')).toBe('AMBITION_THEME');
    expect(sectionSourceKind('improvement-breakthroughs')).toBeNull();
  });

  it('should keep the plan page choice in the query string, leaving the default view out', () => {
    expect(parsePlanPage('?council=E1&plan=p&view=status')).toEqual({ council: 'E1', plan: 'p', view: 'status' });
    expect(parsePlanPage('?view=odd')).toEqual({ council: null, plan: null, view: 'heading' });
    expect(serialisePlanPage({ council: 'E1', plan: null, view: 'heading' })).toBe('?council=E1');
    expect(serialisePlanPage({ council: null, plan: null, view: 'heading' })).toBe('');
  });

  it('should offer what the API says the viewer may do with a plan', () => {
    expect(planPermissions({ viewerCanEdit: true, viewerCanAddProgress: false })).toEqual({ canEdit: true, canAddProgress: true });
    expect(planPermissions({ viewerCanEdit: false, viewerCanAddProgress: true })).toEqual({ canEdit: false, canAddProgress: true });
    expect(planPermissions({ viewerCanEdit: false, viewerCanAddProgress: false })).toEqual({ canEdit: false, canAddProgress: false });
  });

  it('should offer "Add to the improvement plan" to the council\'s own lead and administrators only', () => {
    expect(mayAddToPlan({ role: 'COUNCIL_LEAD', councilId: 'c-1' }, { id: 'c-1' })).toBe(true);
    expect(mayAddToPlan({ role: 'COUNCIL_LEAD', councilId: 'c-1' }, { id: 'c-2' })).toBe(false);
    expect(mayAddToPlan({ role: 'COUNCIL_LEAD', councilId: 'c-1' }, undefined)).toBe(false);
    expect(mayAddToPlan({ role: 'COUNCIL_MEMBER', councilId: 'c-1' }, { id: 'c-1' })).toBe(false);
    expect(mayAddToPlan({ role: 'ADMINISTRATOR', councilId: null }, undefined)).toBe(true);
  });
});
