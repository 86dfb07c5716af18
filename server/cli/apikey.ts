// Prints a new random API key and the line to put in API_KEYS_FILE (only the hash is stored).
import { randomBytes } from 'node:crypto';
import { hashKey, roles, type Role } from '../security/apiKeys.ts';

const [name, role] = process.argv.slice(2);
if (!name || !role || !(roles as readonly string[]).includes(role)) {
  console.error(`usage: npx tsx server/cli/apikey.ts NAME ROLE   (ROLE: ${roles.join(' | ')})`);
  process.exit(2);
}
const key = `scs_${randomBytes(24).toString('base64url')}`;
console.log(`key (give it to ${name}; it is not stored): ${key}`);
console.log(`API_KEYS_FILE line: ${name} ${role as Role} ${hashKey(key).toString('hex')}`);
