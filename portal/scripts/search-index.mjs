/**
 * The Pagefind search index of a built portal. The pages are indexed from their HTML (the
 * <main data-pagefind-body> of each page, Dutch and English apart by <html lang>), except the
 * idea pages: there are thousands, all alike, so each is added as a record made from the data
 * (the idea's text, district, themes and where its trail stopped). That is several times faster
 * than parsing every page, finds the same ideas, and can start before the pages exist: Pagefind
 * runs as its own process, so it takes the records while Astro renders.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of the idea pages and code lists, indexed from the data instead (relative to the site, forward slashes). */
const skipped = new Set(['idee', 'en/idea', 'pagefind', '_astro']);

/** Runs `task` over `items`, `width` at a time (Pagefind answers over a pipe; one at a time waits on every round trip). */
const inBatches = async (items, width, task) => {
  for (let i = 0; i < items.length; i += width) {
    const results = await Promise.all(items.slice(i, i + width).map(task));
    for (const r of results) if (r.errors.length > 0) throw new Error(`pagefind: ${r.errors.join('; ')}`);
  }
};

/** Every index.html below `dir`, not descending into the skipped folders. */
const pagesBelow = (dir, rel = '') => {
  const found = [];
  for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory() && !skipped.has(path)) found.push(...pagesBelow(dir, path));
    else if (entry.isFile() && entry.name === 'index.html') found.push(path);
  }
  return found;
};

const ideaRecord = (idea, lang, base) => {
  const text = idea.idea.text ?? (lang === 'nl' ? 'Ingetrokken idee' : 'Withdrawn idea');
  const snippet = text.length > 90 ? `${text.slice(0, 89)}…` : text;
  return {
    url: lang === 'nl' ? `${base}idee/${idea.receiptCode}/` : `${base}en/idea/${idea.receiptCode}/`,
    language: lang,
    meta: { title: `${lang === 'nl' ? 'Idee' : 'Idea'} ${idea.receiptCode}: ${snippet}` },
    content: [text, idea.conversation.districtName ?? '', ...idea.themes.map((t) => t.title), idea.explanation[lang]].join('\n'),
  };
};

/**
 * Starts the index and feeds it the ideas from the data at once; `finish(outDir)` adds the built
 * pages, writes `outDir/pagefind` and returns how many pages and idea records it indexed.
 */
export const startSearchIndex = async (data, base = '/') => {
  const root = base.endsWith('/') ? base : `${base}/`;
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const records = data.ideas.flatMap((idea) => ['nl', 'en'].map((lang) => ideaRecord(idea, lang, root)));
  const recorded = inBatches(records, 256, (record) => index.addCustomRecord(record));
  // Awaited in finish(); until then a failure must not go unhandled.
  recorded.catch(() => undefined);
  return {
    /** Stops Pagefind without writing anything, e.g. when the pages could not be built. */
    abort: () => pagefind.close(),
    finish: async (outDir) => {
      try {
        await recorded;
        const pages = pagesBelow(outDir);
        await inBatches(pages, 32, (file) => index.addHTMLFile({ url: `${root}${file.slice(0, -'index.html'.length)}`, content: readFileSync(join(outDir, file), 'utf8') }));
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        return { pages: pages.length, records: records.length };
      } finally {
        await pagefind.close();
      }
    },
  };
};
