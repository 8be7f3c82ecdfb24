/**
 * Server-side request forgery guard for user-supplied calendar server URLs (SECURITY.md S11): a
 * CalDAV address may not point at loopback, private, link-local (cloud metadata) or unique-local
 * addresses unless its `host:port` is explicitly allowed by configuration (self-hosted servers).
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const PRIVATE_RANGES = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  PRIVATE_RANGES.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['::ffff:0:0', 96],
] as const) {
  PRIVATE_RANGES.addSubnet(network, prefix, 'ipv6');
}

/** True when `address` (an IP literal) lies in a range no user-supplied URL may reach. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE_RANGES.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Resolves `url`'s host and tells whether every address it names is public, or the host is on
 * `allowedHosts` (entries `host:port` as written in the URL). Unresolvable hosts are not public.
 */
export async function isReachableWithoutSsrf(url: URL, allowedHosts: readonly string[]): Promise<boolean> {
  if (allowedHosts.includes(url.host)) return true;
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(hostname) !== 0) return !isPrivateAddress(hostname);
  try {
    const addresses = await lookup(hostname, { all: true, verbatim: true });
    return addresses.length > 0 && addresses.every((entry) => !isPrivateAddress(entry.address));
  } catch {
    // A host that does not resolve cannot be checked, so it is refused like a private one.
    return false;
  }
}
