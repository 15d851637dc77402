import { isIP } from 'node:net';

/**
 * Which proxies in front of the API may say who the client is (X-Forwarded-For), in the form Express's
 * `trust proxy` takes: `false` (none: the address of the connection is the client's), a number of hops
 * (the last N proxies, such as the nginx of docker-compose.yml), or a list of proxy addresses and CIDR ranges.
 */
export type TrustProxy = false | number | string[];

/** Express's names for well-known ranges, allowed in the list. */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** `none`, a hop count (`1`) or a comma-separated list (`10.0.0.5, 172.18.0.0/16, ::1`); null when it is none of them. */
export function parseTrustProxy(raw: string): TrustProxy | null {
  const value = raw.trim();
  if (value === '' || value.toLowerCase() === 'none' || value.toLowerCase() === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 10 ? hops : null;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  return entries.every(isProxyAddress) ? entries : null;
}

function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || address === undefined) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}
