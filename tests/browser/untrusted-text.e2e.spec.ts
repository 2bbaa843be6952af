/**
 * Residents' words are data, never code: an idea text with a <script> element and markup in it,
 * recorded through the API and published with `spoor publish`, shows on the portal as the text
 * that was typed, and nothing in it runs. A small publication of its own (one conversation).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoCommand } from '@spoor/ledger';
import type { Page } from 'playwright-core';
import { type BrowserSession, freshPage, openSession, SESSION_TIMEOUT_MS } from '../support/browser-session.js';
import { assertChromium } from '../support/chromium.js';
import { pathOf } from '../support/page-types.js';
import { publishedIdeas, publishStore } from '../support/publication.js';
import { oneConversation, recordThroughApi } from '../support/small-store.js';

/** Each part would do something if the portal put it into the page as HTML. */
const HOSTILE =
  'Meer speeltuinen<script>window.__spoorInjected = "script"</script> <img src="x" onerror="window.__spoorInjected = \'img\'"> en <b>vet</b> <a href="javascript:window.__spoorInjected=\'link\'">klik</a> & "aanhalingstekens" </p></blockquote><h1>Nep</h1>';

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('an idea text with <script> and markup in it', () => {
  let dir: string;
  let session: BrowserSession;
  let code: string;
  let page: Page;

  beforeAll(async () => {
    assertChromium();
    dir = mkdtempSync(join(tmpdir(), 'spoor-untrusted-'));
    let rewritten = false;
    const rewrite = (c: DemoCommand): DemoCommand => {
      if (c.type !== 'RecordIdea' || rewritten) return c;
      rewritten = true;
      return { ...c, input: { ...c.input, text: HOSTILE } };
    };
    await recordThroughApi(join(dir, 'store'), oneConversation(rewrite));
    const publication = await publishStore(join(dir, 'store'), join(dir, 'publication'));
    code = [...publishedIdeas(publication).values()].find((i) => i.text === HOSTILE)!.receiptCode;
    session = await openSession(publication);
    page = (await freshPage(session.browser)).page;
  }, SESSION_TIMEOUT_MS);
  afterAll(async () => {
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Elements the text would have become had it been parsed as HTML (the portal's own <b>s are not "vet"). */
  const elementsFromText = async (within: string): Promise<number> =>
    (await page.locator(`${within} b`, { hasText: /^vet$/ }).count()) + (await page.locator(`${within} img[src="x"], ${within} a[href^="javascript:"]`).count());

  /** Opens a page, and reports what the text did there: shown literally? turned into elements? run? */
  const inspect = async (path: string) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const response = await page.goto(`${session.url}${path}`, { waitUntil: 'load' });
    return {
      status: response?.status(),
      shownLiterally: squash(await page.locator('main').textContent()).includes(squash(HOSTILE)),
      injected: await page.evaluate(() => (globalThis as { __spoorInjected?: string }).__spoorInjected ?? null),
      elementsFromText: await elementsFromText('main'),
      headings: await page.getByRole('heading', { level: 1, name: 'Nep' }).count(),
      dialogs,
    };
  };
  const harmless = { status: 200, shownLiterally: true, injected: null, elementsFromText: 0, headings: 0, dialogs: [] };

  it('shows on the idea trail page, in Dutch and English, as typed, and nothing of it runs', async () => {
    await expect(inspect(pathOf('idea', 'nl', code))).resolves.toEqual(harmless);
    await expect(inspect(pathOf('idea', 'en', code))).resolves.toEqual(harmless);
  }, 60_000);

  it('shows as text in the search results too', async () => {
    await page.goto(`${session.url}${pathOf('search', 'nl')}?q=speeltuinen`);
    const status = page.getByRole('status').filter({ hasText: /resultaten voor|Niets gevonden|niet beschikbaar/ });
    await status.waitFor({ timeout: 20_000 });
    const results = squash(await page.locator('main ol').last().textContent());
    expect({
      status: squash(await status.textContent()),
      showsTheTags: results.includes('<script>') || results.includes('<b>vet</b>'),
      injected: await page.evaluate(() => (globalThis as { __spoorInjected?: string }).__spoorInjected ?? null),
      elementsFromText: await elementsFromText('main ol'),
    }).toEqual({ status: expect.stringMatching(/^\d+ resultaten/), showsTheTags: true, injected: null, elementsFromText: 0 });
  }, 60_000);
});
