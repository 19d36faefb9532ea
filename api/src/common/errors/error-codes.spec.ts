import { errorCodes } from './error-codes';

describe('errorCodes', () => {
  it('should name each code after itself and map it to the class it is listed under', () => {
    const { codes, classes } = errorCodes({ NOT_FOUND: ['PLAN_NOT_FOUND'], CONFLICT: ['PLAN_EXISTS', 'PLAN_CLOSED'] });
    expect(codes).toEqual({ PLAN_NOT_FOUND: 'PLAN_NOT_FOUND', PLAN_EXISTS: 'PLAN_EXISTS', PLAN_CLOSED: 'PLAN_CLOSED' });
    expect(classes).toEqual({ PLAN_NOT_FOUND: 'NOT_FOUND', PLAN_EXISTS: 'CONFLICT', PLAN_CLOSED: 'CONFLICT' });
    const code: 'PLAN_NOT_FOUND' | 'PLAN_EXISTS' | 'PLAN_CLOSED' = codes.PLAN_EXISTS;
    expect(code).toBe('PLAN_EXISTS');
  });

  it('should throw when a code is listed under two classes', () => {
    expect(() => errorCodes({ NOT_FOUND: ['PLAN_NOT_FOUND'], BAD_USER_INPUT: ['PLAN_NOT_FOUND'] })).toThrow(
      'Error code PLAN_NOT_FOUND is listed as both NOT_FOUND and BAD_USER_INPUT',
    );
  });
});
