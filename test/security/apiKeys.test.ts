import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allows, hashKey, KeyRing, presentedKey } from '../../server/security/apiKeys.ts';
import { guardPublicBind, isLoopback } from '../../server/security/bindGuard.ts';

describe('API keys', () => {
  it('is disabled when no keys are configured', () => {
    const ring = KeyRing.fromEnv({});
    expect(ring.enabled).toBe(false);
    expect(ring.authenticate('anything')).toBeNull();
  });

  it('authenticates keys from API_KEYS and tells their role', () => {
    const ring = KeyRing.fromEnv({ API_KEYS: 'alice:analyst:s3cret-a, bob:viewer:s3cret:with:colons' });
    expect(ring.enabled).toBe(true);
    expect(ring.authenticate('s3cret-a')).toEqual({ name: 'alice', role: 'analyst' });
    expect(ring.authenticate('s3cret:with:colons')).toEqual({ name: 'bob', role: 'viewer' });
    expect(ring.authenticate('s3cret-b')).toBeNull();
    expect(ring.authenticate('')).toBeNull();
    expect(ring.authenticate(undefined)).toBeNull();
  });

  it('reads hashed keys from API_KEYS_FILE and never needs the key itself', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keys-')), 'keys');
    fs.writeFileSync(file, `# team keys\nops admin ${hashKey('k-admin').toString('hex')}\n`);
    const ring = KeyRing.fromEnv({ API_KEYS_FILE: file });
    expect(ring.authenticate('k-admin')).toEqual({ name: 'ops', role: 'admin' });
    expect(fs.readFileSync(file, 'utf8')).not.toContain('k-admin');
  });

  it('rejects malformed configuration with the place and the reason', () => {
    expect(() => KeyRing.fromEnv({ API_KEYS: 'alice:boss:k' })).toThrow(/API_KEYS entry 1: role 'boss' is not one of viewer, analyst, admin/);
    expect(() => KeyRing.fromEnv({ API_KEYS: 'alice-only' })).toThrow(/entry 1 must be name:role:key/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'keys-')), 'bad');
    fs.writeFileSync(file, 'ops admin nothex\n');
    expect(() => KeyRing.fromEnv({ API_KEYS_FILE: file })).toThrow(new RegExp(`${file}:1: expected 'name role sha256-hex'`));
  });

  it('orders roles viewer < analyst < admin, and allows all when access control is off', () => {
    expect(allows({ name: 'v', role: 'viewer' }, 'analyst')).toBe(false);
    expect(allows({ name: 'a', role: 'analyst' }, 'analyst')).toBe(true);
    expect(allows({ name: 'a', role: 'analyst' }, 'admin')).toBe(false);
    expect(allows({ name: 'x', role: 'admin' }, 'viewer')).toBe(true);
    expect(allows(null, 'admin')).toBe(true);
  });

  it('takes the key from a Bearer token or X-API-Key', () => {
    expect(presentedKey({ authorization: 'Bearer abc' })).toBe('abc');
    expect(presentedKey({ 'x-api-key': ' def ' })).toBe('def');
    expect(presentedKey({ authorization: 'Basic xyz' })).toBeUndefined();
  });
});

describe('public bind guard', () => {
  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.5', '::', 'example.org'].some(isLoopback)).toBe(false);
  });

  it('refuses a non-loopback host without keys unless --insecure-public', () => {
    expect(() => guardPublicBind('0.0.0.0', false, false)).toThrow(/refusing to listen on 0\.0\.0\.0 without API keys/);
    expect(() => guardPublicBind('0.0.0.0', true, false)).not.toThrow();
    expect(() => guardPublicBind('0.0.0.0', false, true)).not.toThrow();
    expect(() => guardPublicBind('127.0.0.1', false, false)).not.toThrow();
  });
});
