import type { Page } from 'playwright-core';

export interface UseCaseRow {
  id: string;
  /** The row's cells as text, tab-separated. */
  text: string;
}

export interface UseCasePage {
  found: boolean;
  heading: string;
  text: string;
}

const ROW = '[data-testid="usecase-row"]';
const NOT_FOUND = 'Page Not Found';
const LOAD_TIMEOUT = 30_000;

/** The index rows as the client renders them from the page data it loaded. */
export async function readIndex(page: Page, url: string): Promise<UseCaseRow[]> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT });
  await page
    .locator(`${ROW}, [data-testid="usecase-count"]`)
    .first()
    .waitFor({ timeout: LOAD_TIMEOUT });
  return page.locator(ROW).evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-id') ?? '',
      text: (row as HTMLElement).innerText,
    })),
  );
}

/** A use-case page: its heading and text, or not found. */
export async function readUseCase(page: Page, url: string): Promise<UseCasePage> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT });
  // The not-found page has a `main h1` too: "Page Not Found".
  const heading = page.locator('main h1').first();
  await heading.waitFor({ timeout: LOAD_TIMEOUT });
  if ((await heading.innerText()) === NOT_FOUND) return { found: false, heading: '', text: '' };
  return {
    found: true,
    heading: await heading.innerText(),
    text: await page.locator('main').first().innerText(),
  };
}
