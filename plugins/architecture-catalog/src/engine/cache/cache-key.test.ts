import { mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirEach } from '../io/__fixtures__/temp-dir.js';
import { cacheSigningKey, keyFile } from './cache-key.js';

const home = tempDirEach('arch-catalog-key-');

describe('cacheSigningKey', () => {
  it('takes ARCH_CATALOG_CACHE_KEY first, the same for the same text', () => {
    const env = { ARCH_CATALOG_CACHE_KEY: 'ci secret', XDG_CACHE_HOME: home() };
    expect(cacheSigningKey(env)).toEqual(cacheSigningKey({ ARCH_CATALOG_CACHE_KEY: 'ci secret' }));
    expect(cacheSigningKey(env)).not.toEqual(cacheSigningKey({ ARCH_CATALOG_CACHE_KEY: 'other' }));
  });

  it("makes a private key once in the user's cache folder and reuses it", () => {
    const env = { XDG_CACHE_HOME: home() };
    const first = cacheSigningKey(env);
    expect(first).toHaveLength(32);
    expect(keyFile(env)).toBe(path.join(home(), 'arch-catalog', 'cache-key'));
    expect(statSync(keyFile(env)).mode & 0o777).toBe(0o600);
    expect(cacheSigningKey(env)).toEqual(first);
    expect(cacheSigningKey({ HOME: home() })).not.toEqual(first);
  });

  it('has no key when the key file is a link or cannot be made', () => {
    mkdirSync(path.join(home(), 'linked', 'arch-catalog'), { recursive: true });
    writeFileSync(path.join(home(), 'planted'), Buffer.alloc(32, 1));
    symlinkSync(
      path.join(home(), 'planted'),
      path.join(home(), 'linked', 'arch-catalog', 'cache-key'),
    );
    expect(cacheSigningKey({ XDG_CACHE_HOME: path.join(home(), 'linked') })).toBeUndefined();
    writeFileSync(path.join(home(), 'file'), '');
    expect(cacheSigningKey({ XDG_CACHE_HOME: path.join(home(), 'file') })).toBeUndefined();
  });
});
