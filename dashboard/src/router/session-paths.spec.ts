import { assessmentPath, facilitatorPath, joinPath, matchSessionRoute, presenterPath } from './session-paths';

describe('session paths', () => {
  it('should match each session route and what its path carries when the path is one of them', () => {
    expect(matchSessionRoute('/assessments/abc')).toEqual({ name: 'assessment', assessmentId: 'abc' });
    expect(matchSessionRoute('/sessions/s1')).toEqual({ name: 'facilitator', sessionId: 's1' });
    expect(matchSessionRoute('/sessions/s1/present/')).toEqual({ name: 'presenter', sessionId: 's1' });
    expect(matchSessionRoute('/join/AB3K7Q')).toEqual({ name: 'join', code: 'AB3K7Q' });
    expect(matchSessionRoute('/join')).toEqual({ name: 'join', code: null });
  });

  it('should match nothing when the path is another route or malformed', () => {
    expect(matchSessionRoute('/assessments')).toBeNull();
    expect(matchSessionRoute('/')).toBeNull();
    expect(matchSessionRoute('/join/a/b')).toBeNull();
    expect(matchSessionRoute('/join/%E0%A4%A')).toBeNull();
  });

  it('should build paths that match back when given ids and codes', () => {
    expect(matchSessionRoute(assessmentPath('a/b'))).toEqual({ name: 'assessment', assessmentId: 'a/b' });
    expect(matchSessionRoute(facilitatorPath('s'))).toEqual({ name: 'facilitator', sessionId: 's' });
    expect(matchSessionRoute(presenterPath('s'))).toEqual({ name: 'presenter', sessionId: 's' });
    expect(joinPath()).toBe('/join');
    expect(joinPath('ABC')).toBe('/join/ABC');
  });
});
