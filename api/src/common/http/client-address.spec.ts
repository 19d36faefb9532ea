import type { IncomingMessage } from 'node:http';

import { clientAddressOf, compileTrustedProxies, rateLimitKeyOf, TrustedProxiesConstraint } from './client-address';

/** A request as it arrives: the direct peer's address and the X-Forwarded-For header, if any. */
const request = (peer: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as IncomingMessage;

describe('clientAddressOf', () => {
  // [what it should do, TRUSTED_PROXIES, the direct peer, X-Forwarded-For, the client address]
  it.each<[string, string, string, string | undefined, string]>([
    ['should ignore X-Forwarded-For when no proxy is trusted', '', '203.0.113.9', '198.51.100.1', '203.0.113.9'],
    ['should ignore X-Forwarded-For from a peer that is not a trusted proxy', '10.0.0.0/8', '203.0.113.9', '198.51.100.1', '203.0.113.9'],
    [
      'should take the client from X-Forwarded-For when the peer is a trusted proxy',
      '10.0.0.2, 172.16.0.0/12',
      '10.0.0.2',
      '198.51.100.1',
      '198.51.100.1',
    ],
    [
      'should take the client from X-Forwarded-For when the peer is in a trusted range',
      '10.0.0.2, 172.16.0.0/12',
      '172.18.0.5',
      '198.51.100.1',
      '198.51.100.1',
    ],
    // The client sent "X-Forwarded-For: 192.0.2.66"; the proxy appended the address it saw.
    ['should not let a client forge its address past a trusted proxy', '10.0.0.2', '10.0.0.2', '192.0.2.66, 198.51.100.1', '198.51.100.1'],
    [
      'should walk back through a chain of trusted proxies to the first untrusted hop',
      '10.0.0.0/8',
      '10.0.0.2',
      '192.0.2.66, 198.51.100.1, 10.0.0.7',
      '198.51.100.1',
    ],
    ['should use the peer, read as IPv4, when a trusted proxy sends no header', 'loopback', '::ffff:127.0.0.1', undefined, '127.0.0.1'],
    ['should read a trusted peer written as IPv6 as IPv4', 'loopback', '::ffff:127.0.0.1', '198.51.100.1', '198.51.100.1'],
  ])('%s', (_should, trusted, peer, forwardedFor, client) => {
    expect(clientAddressOf(request(peer, forwardedFor), compileTrustedProxies(trusted))).toBe(client);
  });
});

describe('TRUSTED_PROXIES', () => {
  it('should accept addresses, ranges and proxy-addr names, and refuse anything else', () => {
    const check = new TrustedProxiesConstraint();
    expect(['', '10.0.0.2', '10.0.0.0/8, fd00::/8', 'loopback,uniquelocal'].map((v) => check.validate(v))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['nginx', '10.0.0.0/33', '10.0.0'].map((v) => check.validate(v))).toEqual([false, false, false]);
  });
});

describe('rateLimitKeyOf', () => {
  it('should count an IPv4 address by itself and an IPv6 address by its /64', () => {
    expect(rateLimitKeyOf('203.0.113.9')).toBe('203.0.113.9');
    expect(rateLimitKeyOf('2001:db8:1:2:aaaa::1')).toBe(rateLimitKeyOf('2001:db8:1:2:bbbb::9'));
    expect(rateLimitKeyOf('2001:db8:1:2::1')).not.toBe(rateLimitKeyOf('2001:db8:1:3::1'));
    expect(rateLimitKeyOf('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });
});
