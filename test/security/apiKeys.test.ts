import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allows, hashKey, KeyRing, presentedKey } from '../../server/security/apiKeys.ts';
import { childEnv } from '../../graph/embedded/supervisor.ts';
import { AuthFailureThrottle } from '../../server/security/authThrottle.ts';
import { guardPublicBind, isLoopback } from '../../server/security/bindGuard.ts';

describe('API keys', () => {
  it('is disabled when no keys are configured', () => {
    const ring = KeyRing.fromEnv({});
    expect(ring.enabled).toBe(false);
    expect(ring.authenticate('anything')).toBeNull();
  });

  it('authenticates keys from API_KEYS and tells their role', () => {
    const [a, b] = [`s3cret-a-${'0'.repeat(32)}`, `s3cret:with:colons-${'1'.repeat(32)}`];
    const ring = KeyRing.fromEnv({ API_KEYS: `alice:analyst:${a}, bob:viewer:${b}` });
    expect(ring.enabled).toBe(true);
    expect(ring.authenticate(a)).toEqual({ name: 'alice', role: 'analyst' });
    expect(ring.authenticate(b)).toEqual({ name: 'bob', role: 'viewer' });
    expect(ring.authenticate(`s3cret-b-${'0'.repeat(32)}`)).toBeNull();
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
    // Issue 19: a 1-character key was accepted.
    expect(() => KeyRing.fromEnv({ API_KEYS: `ok:viewer:${'k'.repeat(32)},bob:admin:x` })).toThrow(/API_KEYS entry 2 \(bob\): the key has 1 characters, at least 32 are needed/);
    expect(() => KeyRing.fromEnv({ API_KEYS: `alice:viewer:${'k'.repeat(31)}` })).toThrow(/the key has 31 characters/);
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

describe('failed-authentication throttle', () => {
  it('blocks an address after its wrong keys until the window ends; other addresses are unaffected', () => {
    let time = 0;
    const throttle = new AuthFailureThrottle(3, 60, () => time);
    for (let i = 0; i < 2; i++) throttle.recordFailure('10.0.0.1');
    expect(throttle.blockedFor('10.0.0.1')).toBe(0);
    throttle.recordFailure('10.0.0.1');
    expect(throttle.blockedFor('10.0.0.1')).toBe(60);
    expect(throttle.blockedFor('10.0.0.2')).toBe(0);
    time = 45_500;
    expect(throttle.blockedFor('10.0.0.1')).toBe(15);
    time = 60_000;
    expect(throttle.blockedFor('10.0.0.1')).toBe(0);
  });
});

describe('the embedded Neo4j environment', () => {
  it('keeps secrets out of the JVM: API keys and passwords stay with us, PATH and JAVA_HOME go', () => {
    const env = childEnv({ SCS_NEO4J_PASSWORD: 'own-setting' }, { PATH: '/usr/bin', JAVA_HOME: '/jdk', API_KEYS: 'a:admin:k', API_KEYS_FILE: '/keys', NEO4J_PASSWORD: 'pw', ID_HASH_SALT: 'salt' });
    expect(env).toEqual({ PATH: '/usr/bin', JAVA_HOME: '/jdk', SCS_NEO4J_PASSWORD: 'own-setting' });
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
