import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';

/** What a key may do: viewer reads, analyst also screens, admin also imports/exports. */
export const roles = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface Principal {
  name: string;
  role: Role;
}

interface StoredKey extends Principal {
  hash: Buffer;
}

/** Shortest key accepted: 32 characters leave guessing hopeless even without throttling (apikey.ts makes 36). */
export const minKeyLength = 32;

export function hashKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/**
 * The configured keys, kept only as SHA-256 hashes. Sources:
 * - `API_KEYS`: comma-separated `name:role:key` entries (the key is hashed on start-up, never kept);
 * - `API_KEYS_FILE`: one `name role sha256-hex` line per key (`#` comments), as printed by
 *   `npx tsx server/cli/apikey.ts NAME ROLE`.
 */
export class KeyRing {
  private constructor(private readonly keys: StoredKey[]) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): KeyRing {
    const keys: StoredKey[] = [];
    if (env.API_KEYS) {
      env.API_KEYS.split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
        .forEach((entry, index) => {
          const [name, role, ...rest] = entry.split(':');
          const key = rest.join(':');
          if (!name || !role || !key) throw new Error(`API_KEYS entry ${index + 1} must be name:role:key`);
          const parsedRole = parseRole(role, `API_KEYS entry ${index + 1}`);
          if (key.length < minKeyLength) {
            throw new Error(`API_KEYS entry ${index + 1} (${name}): the key has ${key.length} characters, at least ${minKeyLength} are needed (make one with npx tsx server/cli/apikey.ts ${name} ${role})`);
          }
          keys.push({ name, role: parsedRole, hash: hashKey(key) });
        });
    }
    if (env.API_KEYS_FILE) keys.push(...parseKeyFile(fs.readFileSync(env.API_KEYS_FILE, 'utf8'), env.API_KEYS_FILE));
    if (keys.some((k) => k.hash.length !== 32)) throw new Error('API key hashes must be SHA-256 (64 hex characters)');
    return new KeyRing(keys);
  }

  get enabled(): boolean {
    return this.keys.length > 0;
  }

  /**
   * The principal owning the presented key, or null. Compares against every stored hash in
   * constant time so the answer's timing says nothing about which key (or how much of it) matched.
   */
  authenticate(presented: string | undefined): Principal | null {
    if (!presented) return null;
    const hash = hashKey(presented);
    let match: StoredKey | null = null;
    for (const key of this.keys) {
      if (timingSafeEqual(key.hash, hash) && !match) match = key;
    }
    return match ? { name: match.name, role: match.role } : null;
  }
}

function parseRole(value: string, where: string): Role {
  if ((roles as readonly string[]).includes(value)) return value as Role;
  throw new Error(`${where}: role '${value}' is not one of ${roles.join(', ')}`);
}

export function parseKeyFile(text: string, file: string): StoredKey[] {
  const keys: StoredKey[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [name, role, hex] = line.split(/\s+/);
    if (!name || !role || !hex || !/^[0-9a-f]{64}$/i.test(hex)) {
      throw new Error(`${file}:${index + 1}: expected 'name role sha256-hex'`);
    }
    keys.push({ name, role: parseRole(role, `${file}:${index + 1}`), hash: Buffer.from(hex, 'hex') });
  });
  return keys;
}

const rank: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

/** Whether a principal may act as `needed`; null means access control is off (loopback default). */
export function allows(principal: Principal | null, needed: Role): boolean {
  return principal === null || rank[principal.role] >= rank[needed];
}

/** The key from `Authorization: Bearer …` or `X-API-Key`. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const auth = headers.authorization;
  if (typeof auth === 'string') {
    const bearer = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (bearer) return bearer[1];
  }
  const header = headers['x-api-key'];
  return typeof header === 'string' ? header.trim() : undefined;
}
