import {
  hashParticipantToken,
  isWellFormedJoinCode,
  JOIN_CODE_ALPHABET,
  newJoinCode,
  newParticipantToken,
  normaliseJoinCode,
} from './join-code';

describe('join codes and participant tokens', () => {
  it('should draw codes of 6 characters from an alphabet without look-alikes', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL5S]/);
    const codes = Array.from({ length: 500 }, newJoinCode);
    expect(codes.every(isWellFormedJoinCode)).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(495);
  });

  it('should read a typed code whatever its case, spaces and hyphens', () => {
    expect(normaliseJoinCode(' chd-m24 ')).toBe('CHDM24');
    expect(isWellFormedJoinCode(normaliseJoinCode('0O1IL5'))).toBe(false);
  });

  it('should make tokens of 32 random bytes and store only their SHA-256', () => {
    const token = newParticipantToken();
    expect(Buffer.from(token.replace(/^tsp_/, ''), 'base64url')).toHaveLength(32);
    expect(hashParticipantToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashParticipantToken(token)).not.toContain(token.slice(4, 12));
    expect(newParticipantToken()).not.toBe(token);
  });
});
