import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertChromium, launchChromium } from './chromium.js';
import { servePublication, type ServedPortal } from './portal-server.js';
import { demoPublication } from './publication.js';

/** One publication served over HTTP, one browser: what each browser spec file sets up once. */
export interface BrowserSession {
  readonly publication: string;
  /** The site's origin, without a trailing slash. */
  readonly url: string;
  readonly browser: Browser;
  readonly close: () => Promise<void>;
}

/** Setting up includes loading and publishing the demo when this is the first spec file of the run. */
export const SESSION_TIMEOUT_MS = 900_000;

export const openSession = async (publication?: string): Promise<BrowserSession> => {
  // Before the long publish: a missing browser should fail in a second, not after two minutes.
  assertChromium();
  const dir = publication ?? (await demoPublication());
  const served: ServedPortal = await servePublication(dir);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await served.close();
    throw error;
  }
  return {
    publication: dir,
    url: served.url,
    browser,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
};

/** A page in a fresh context (no cache, no cookies), JavaScript on unless asked otherwise. */
export const freshPage = async (browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, locale: 'nl-NL' });
  return { context, page: await context.newPage() };
};

/** Collects what the page's scripts throw or log as errors, to tell a broken page from a slow one. */
export const pageErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
};
