import { networkInterfaces } from 'node:os';

/**
 * The host names the collector answers to: loopback names, the listen address, and when it
 * listens on every interface (`0.0.0.0`), each interface's address. Anything else in `Host`
 * is a DNS-rebinding page or a misdirected request, and gets a 421.
 *
 * @example
 * localHosts('127.0.0.1'); // → Set { 'localhost', '127.0.0.1', '::1' }
 */
export function localHosts(listenHost: string, extra: readonly string[] = []): Set<string> {
  const hosts = new Set(['localhost', '127.0.0.1', '::1', ...extra.map((h) => h.toLowerCase())]);
  if (listenHost === '0.0.0.0' || listenHost === '::') {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) hosts.add(address.address.toLowerCase());
    }
  } else {
    hosts.add(listenHost.toLowerCase());
  }
  return hosts;
}
