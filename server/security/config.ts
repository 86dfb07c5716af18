import { StartupError } from '../../graph/errors.ts';
import { KeyRing } from './apiKeys.ts';

/** What the security middleware enforces, read once from the environment at start-up. */
export interface SecurityConfig {
  keys: KeyRing;
  /** Requests per minute per key (per client address when keys are off); 0 turns rate limiting off. */
  ratePerMinute: number;
  /** Origins whose pages may call the API from a browser (CORS); empty: none. */
  corsOrigins: string[];
  /** Wrong keys a client address may send per minute before it is refused (429); 0 turns it off. Default 10. */
  authFailuresPerMinute?: number;
}

export const defaultAuthFailuresPerMinute = 10;

/** Ten a second on average: far above what the explorer sends, low enough to stop a runaway script. */
export const defaultRatePerMinute = 600;

export function readSecurityConfig(env: NodeJS.ProcessEnv = process.env): SecurityConfig {
  return {
    keys: readKeys(env),
    ratePerMinute: readWhole(env, 'RATE_LIMIT_PER_MINUTE', defaultRatePerMinute),
    corsOrigins: readOrigins(env),
    authFailuresPerMinute: readWhole(env, 'AUTH_FAILURES_PER_MINUTE', defaultAuthFailuresPerMinute),
  };
}

/** One line for the start-up log: what a client must send, and how fast it may ask. */
export function describeSecurity(config: SecurityConfig): string {
  const access = config.keys.enabled ? 'API keys required on /graphql' : 'no API keys configured: /graphql is open';
  const per = config.keys.enabled ? 'key' : 'client address';
  const rate = config.ratePerMinute > 0 ? `${config.ratePerMinute} requests/minute per ${per}` : 'off';
  const cors = config.corsOrigins.length > 0 ? config.corsOrigins.join(' ') : 'closed';
  const failures = config.authFailuresPerMinute ?? defaultAuthFailuresPerMinute;
  const guessing = config.keys.enabled && failures > 0 ? `; wrong keys: at most ${failures} per minute per address` : '';
  return `${access}; rate limit ${rate}; CORS ${cors}${guessing}`;
}

function readKeys(env: NodeJS.ProcessEnv): KeyRing {
  try {
    return KeyRing.fromEnv(env);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `API_KEYS_FILE ${env.API_KEYS_FILE} does not exist` : (error as Error).message;
    throw new StartupError(
      `the API keys are not usable: ${reason}`,
      'write API_KEYS as name:role:key,… or API_KEYS_FILE lines as printed by `npx tsx server/cli/apikey.ts NAME ROLE`',
    );
  }
}

function readWhole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new StartupError(`${name} must be a whole number ≥ 0, got '${raw}'`, `set it to e.g. ${fallback}, or 0 to turn it off`);
  }
  return value;
}

function readOrigins(env: NodeJS.ProcessEnv): string[] {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || parsed.origin !== origin) {
      throw new StartupError(`CORS_ORIGINS entry '${origin}' is not an origin`, 'write origins as scheme://host[:port] without a path, e.g. https://analyst.example.org');
    }
  }
  return origins;
}
