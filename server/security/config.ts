import { StartupError } from '../../graph/errors.ts';
import { KeyRing } from './apiKeys.ts';

/** What the security middleware enforces, read once from the environment at start-up. */
export interface SecurityConfig {
  keys: KeyRing;
  /** Requests per minute per key (per client address when keys are off); 0 turns rate limiting off. */
  ratePerMinute: number;
  /** Origins whose pages may call the API from a browser (CORS); empty: none. */
  corsOrigins: string[];
}

/** Ten a second on average: far above what the explorer sends, low enough to stop a runaway script. */
export const defaultRatePerMinute = 600;

export function readSecurityConfig(env: NodeJS.ProcessEnv = process.env): SecurityConfig {
  return { keys: readKeys(env), ratePerMinute: readRate(env), corsOrigins: readOrigins(env) };
}

/** One line for the start-up log: what a client must send, and how fast it may ask. */
export function describeSecurity(config: SecurityConfig): string {
  const access = config.keys.enabled ? 'API keys required on /graphql' : 'no API keys configured: /graphql is open';
  const per = config.keys.enabled ? 'key' : 'client address';
  const rate = config.ratePerMinute > 0 ? `${config.ratePerMinute} requests/minute per ${per}` : 'off';
  const cors = config.corsOrigins.length > 0 ? config.corsOrigins.join(' ') : 'closed';
  return `${access}; rate limit ${rate}; CORS ${cors}`;
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

function readRate(env: NodeJS.ProcessEnv): number {
  const raw = env.RATE_LIMIT_PER_MINUTE;
  if (raw === undefined || raw === '') return defaultRatePerMinute;
  const rate = Number(raw);
  if (!Number.isInteger(rate) || rate < 0) {
    throw new StartupError(`RATE_LIMIT_PER_MINUTE must be a whole number ≥ 0, got '${raw}'`, `set it to e.g. ${defaultRatePerMinute}, or 0 to turn rate limiting off`);
  }
  return rate;
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
