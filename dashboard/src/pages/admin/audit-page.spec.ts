import { auditPageOf } from './audit-page';

describe('auditPageOf', () => {
  it.each([
    ['', 1],
    ['?page=3', 3],
    ['?page=0', 1],
    ['?page=-2', 1],
    ['?page=2.5', 1],
    ['?page=two', 1],
  ])('should read %s as page %i', (search, page) => {
    expect(auditPageOf(search)).toBe(page);
  });
});
