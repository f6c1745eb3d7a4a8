import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from '../plugins/architecture-catalog/src/engine/build-catalog.js';
import {
  DEFAULT_CONFIG,
  type CatalogConfig,
} from '../plugins/architecture-catalog/src/engine/config/config.js';
import type { CatalogModel } from '../plugins/architecture-catalog/src/engine/types.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');

export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

export function catalogOf(rootDir: string, config: Partial<CatalogConfig> = {}): CatalogModel {
  return buildCatalog({
    rootDir,
    displayRoot: path.basename(rootDir),
    config: { ...DEFAULT_CONFIG, ...config },
  });
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'arch-catalog-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes each file (relative path -> text) under `dir`, making folders as needed. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
