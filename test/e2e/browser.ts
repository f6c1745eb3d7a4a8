import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../../scripts/lib/chromium.mjs';

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** The Chromium that `scripts/ensure-chromium.mjs` found, headless, with a fresh profile each time. */
export async function openBrowser(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'arch-catalog-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Console errors (with the address they came from) and uncaught page errors, for a page's lifetime. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // A failed resource's message does not say which: its location does.
    const { url } = message.location();
    if (message.type() === 'error')
      errors.push(url ? `${message.text()} (${url})` : message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
