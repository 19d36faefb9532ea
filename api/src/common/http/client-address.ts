import type { IncomingMessage } from 'node:http';

import { ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';

/** Whether the hop at this address (counted from the direct peer, 0) is a proxy we trust to report the client. */
export type TrustProxy = (address: string, hop: number) => boolean;

/** The entries of TRUSTED_PROXIES: comma-separated addresses, CIDR ranges or proxy-addr's names (loopback, linklocal, uniquelocal). */
export const trustedProxyEntries = (setting: string): string[] =>
  setting
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

/** The trust function for TRUSTED_PROXIES; with none configured, no hop is trusted and the client is the direct peer. Throws on a malformed entry. */
export function compileTrustedProxies(setting: string): TrustProxy {
  const entries = trustedProxyEntries(setting);
  return entries.length === 0 ? () => false : proxyaddr.compile(entries);
}

/** Checks TRUSTED_PROXIES in config.ts, with proxy-addr's own parser, so a typo stops start-up instead of trusting nothing. */
@ValidatorConstraint({ name: 'trustedProxies' })
export class TrustedProxiesConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      compileTrustedProxies(value);
      return true;
    } catch {
      return false;
    }
  }

  defaultMessage(): string {
    return 'TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal)';
  }
}

/** An IPv4 address written as IPv6 (::ffff:203.0.113.9) is the IPv4 address: one client, one key. */
const unmapped = (address: string): string => {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.parse(address);
  return parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()
    ? (parsed as ipaddr.IPv6).toIPv4Address().toString()
    : parsed.toString();
};

/**
 * The client's address for a request: the direct peer, unless that peer is a trusted proxy, in
 * which case X-Forwarded-For is read from the right for as long as each hop is trusted, and the
 * first untrusted address is the client. A client cannot forge its way past this by sending its
 * own X-Forwarded-For: entries to the left of the first untrusted hop are never read.
 */
export function clientAddressOf(request: IncomingMessage, trust: TrustProxy): string {
  if (!request.socket.remoteAddress) return 'unknown';
  return unmapped(proxyaddr(request, trust));
}

/**
 * The key rate limits count a client address under. An IPv6 client usually holds a whole /64
 * (2^64 addresses), so IPv6 addresses are counted by their /64; IPv4 addresses by themselves.
 */
export function rateLimitKeyOf(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.parse(unmapped(address));
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(':')}::/64`;
}
