import { matchRoute, safeNextPath, signInPathFor } from './paths';

describe('matchRoute', () => {
  it.each([
    ['/', 'councilPosition'],
    ['/sign-in', 'signIn'],
    ['/sign-in/', 'signIn'],
    ['/account', 'account'],
    ['/account//', 'account'],
    ['/matrix', 'matrix'],
    ['/ambition', 'ambition'],
    ['/sector', 'sector'],
    ['/collaboration', 'collaboration'],
    ['/how-figures-work', 'howFiguresWork'],
    ['/accounts', 'notFound'],
    ['/sign-in/again', 'notFound'],
  ])('should match %s to %s', (pathname, route) => {
    expect(matchRoute(pathname)).toBe(route);
  });
});

describe('safeNextPath', () => {
  it.each([
    ['/account', '/account'],
    ['/?council=E06000001&round=2024-25', '/?council=E06000001&round=2024-25'],
    ['/account#api-tokens', '/account#api-tokens'],
  ])('should keep the same-origin path %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    ['nothing', null],
    ['an empty string', ''],
    ['a relative path', 'account'],
    ['an absolute URL', 'https://evil.example/account'],
    ['a protocol-relative URL', '//evil.example/account'],
    ['a backslash trick', '/\\evil.example'],
    ['a tab trick', '/\t/evil.example'],
    ['a script URL', 'javascript:alert(1)'],
    ['the sign-in page', '/sign-in?next=/account'],
  ])('should fall back to the council position page when next is %s', (_name, next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});

describe('signInPathFor', () => {
  it('should remember where the person was heading', () => {
    expect(signInPathFor('/account')).toBe('/sign-in?next=%2Faccount');
    expect(signInPathFor('/?council=E07000034')).toBe('/sign-in?next=%2F%3Fcouncil%3DE07000034');
  });

  it('should leave next out when the person was heading for the home page', () => {
    expect(signInPathFor('/')).toBe('/sign-in');
  });
});
