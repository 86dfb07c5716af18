import { StartupError } from '../../graph/errors.ts';

const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

export function isLoopback(host: string): boolean {
  return loopback.test(host.replace(/^\[|\]$/g, ''));
}

/**
 * Compliance data must not be served to a network without keys: binding beyond loopback needs
 * API keys, or an explicit --insecure-public.
 */
export function guardPublicBind(host: string, keysEnabled: boolean, insecurePublic: boolean): void {
  if (isLoopback(host) || keysEnabled || insecurePublic) return;
  throw new StartupError(
    `refusing to listen on ${host} without API keys: anyone on that network could read the graph`,
    'set API_KEYS (or API_KEYS_FILE) to require keys, bind HOST=127.0.0.1, or pass --insecure-public if you really mean it',
  );
}
