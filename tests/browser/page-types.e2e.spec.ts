/**
 * Every kind of portal page, in Dutch and in English, as a browser shows it: the demo banner is
 * on it, axe finds no WCAG 2.1 A/AA violation, and a trail page stays light.
 * Needs Chromium at /usr/bin/chromium; SPOOR_E2E_PUBLICATION=DIR reuses a publication.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { type BrowserSession, freshPage, openSession, SESSION_TIMEOUT_MS } from '../support/browser-session.js';
import { type Lang, type PageType, pageTypes, pathOf } from '../support/page-types.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LANGS: Lang[] = ['nl', 'en'];
const DEMO_BANNER: Record<Lang, RegExp> = { nl: /Demonstratie/, en: /Demonstration/ };
const TRAIL_BUDGET_BYTES = 100 * 1024;

describe('every page type of the portal, in Dutch and English', () => {
  let session: BrowserSession;
  let types: PageType[];
  let page: Page;

  beforeAll(async () => {
    session = await openSession();
    types = pageTypes(session.publication);
    page = (await freshPage(session.browser)).page;
  }, SESSION_TIMEOUT_MS);
  afterAll(async () => session?.close());

  /** Opens a page and fails with its address when it is not there. */
  const visit = async (path: string): Promise<void> => {
    const response = await page.goto(`${session.url}${path}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
  };

  it('shows the demo banner at the top of every page type', async () => {
    const missing: string[] = [];
    for (const type of types) {
      for (const lang of LANGS) {
        const path = type[lang];
        try {
          await visit(path);
          const banner = page.getByRole('banner').getByText(DEMO_BANNER[lang]).first();
          if (!(await banner.isVisible())) missing.push(`${type.name} (${lang}) ${path}: no visible "${DEMO_BANNER[lang].source}" in the page header`);
        } catch (error) {
          missing.push(`${type.name} (${lang}) ${path}: ${(error as Error).message}`);
        }
      }
    }
    expect(missing).toEqual([]);
  }, 300_000);

  it('has no WCAG 2.1 A/AA violations (axe) on any page type or state', async () => {
    const code = types.find((t) => t.name === 'idea trail')?.nl.split('/')[2] ?? '';
    // Pages whose script fills them in are checked once filled in: the status line says so.
    const states = [
      { name: 'search with results', nl: `${pathOf('search', 'nl')}?q=fiets`, en: `${pathOf('search', 'en')}?q=fiets`, ready: /\d/ },
      { name: 'verify with a checked receipt', nl: `${pathOf('verify', 'nl')}?code=${code}`, en: `${pathOf('verify', 'en')}?code=${code}`, ready: /bewijs klopt|proof is (not )?valid/i },
      { name: 'receipt-code lookup with a malformed code', nl: `${pathOf('idea', 'nl')}?code=xx`, en: `${pathOf('idea', 'en')}?code=xx`, ready: /xx/i },
    ];
    const jobs = [
      ...types.flatMap((type) => LANGS.map((lang) => ({ name: type.name, lang, path: type[lang], ready: undefined as RegExp | undefined }))),
      ...states.flatMap((state) => LANGS.map((lang) => ({ name: state.name, lang, path: state[lang], ready: state.ready as RegExp | undefined }))),
      { name: 'page not found', lang: 'nl' as Lang, path: '/bestaat-niet/', ready: undefined },
      { name: 'page not found', lang: 'en' as Lang, path: '/en/does-not-exist/', ready: undefined },
    ];
    const report: string[] = [];
    let scanned = 0;
    const check = async (tab: Page, { name, lang, path, ready }: (typeof jobs)[number]) => {
      try {
        const response = await tab.goto(`${session.url}${path}`, { waitUntil: 'load' });
        if (!response?.ok() && name !== 'page not found') throw new Error(`answered ${response?.status() ?? 'nothing'}`);
        if (ready) await tab.getByRole('status').filter({ hasText: ready }).first().waitFor({ timeout: 15_000 });
        // Legacy mode runs axe in the page itself: these pages have no frames, and it is twice as fast.
        const { violations } = await new AxeBuilder({ page: tab }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
        scanned += 1;
        for (const v of violations) {
          const targets = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}${n.failureSummary ? `  [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}]` : ''}`);
          const more = v.nodes.length > 5 ? [`      ... and ${v.nodes.length - 5} more`] : [];
          report.push(`${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    page: ${name} (${lang}) ${path}\n${[...targets, ...more].join('\n')}`);
        }
      } catch (error) {
        report.push(`could not check ${name} (${lang}) ${path}: ${(error as Error).message.split('\n')[0]}`);
      }
    };
    // Two tabs take turns over the list: the CI machine has two cores.
    const queue = [...jobs];
    const second = await page.context().newPage();
    await Promise.all(
      [page, second].map(async (tab) => {
        for (let job = queue.shift(); job; job = queue.shift()) await check(tab, job);
      }),
    );
    await second.close();
    report.sort();
    if (report.length > 0) throw new Error(`axe (${WCAG_TAGS.join(', ')}) found ${report.length} problem(s) on ${scanned} of ${jobs.length} pages:\n\n${report.join('\n\n')}`);
    expect(scanned).toBe(jobs.length);
  }, 900_000);

  it('keeps a trail page under 100 KB of HTML, CSS and JavaScript (uncompressed, cold cache)', async () => {
    const trail = types.find((t) => t.name === 'idea trail (reached the manifesto)') ?? types.find((t) => t.name === 'idea trail')!;
    const { context, page: cold } = await freshPage(session.browser);
    const loads: Promise<{ url: string; type: string; bytes: number }>[] = [];
    cold.on('response', (response) => {
      const type = response.request().resourceType();
      loads.push(response.body().then((body) => ({ url: response.url(), type, bytes: body.length }), () => ({ url: response.url(), type, bytes: 0 })));
    });
    let sizes: { url: string; type: string; bytes: number }[];
    try {
      await cold.goto(`${session.url}${trail.nl}`, { waitUntil: 'networkidle' });
      sizes = await Promise.all(loads);
    } finally {
      await context.close();
    }
    const counted = sizes.filter((s) => ['document', 'stylesheet', 'script'].includes(s.type));
    const total = counted.reduce((n, s) => n + s.bytes, 0);
    const listing = sizes.map((s) => `${s.type} ${s.url.replace(session.url, '')} ${s.bytes} B`).join('\n');
    if (total >= TRAIL_BUDGET_BYTES) throw new Error(`${trail.nl} loads ${total} B of HTML+CSS+JS (budget ${TRAIL_BUDGET_BYTES} B):\n${listing}`);
    expect(counted.some((s) => s.type === 'document')).toBe(true);
  }, 60_000);
});
