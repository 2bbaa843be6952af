import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedIdeas, receiptCodes } from './publication.js';

export type Lang = 'nl' | 'en';

/** One page of each kind the portal promises (issue #7), in both languages. */
export interface PageType {
  /** What a reader would call it, for failure messages. */
  readonly name: string;
  /** Path below the site root, with slashes at both ends ('/' for the Dutch home page). */
  readonly nl: string;
  readonly en: string;
}

/** The Dutch and English path of each kind of page, without the parameter (the portal's URL scheme). */
export const SLUGS = {
  home: ['', ''],
  follow: ['volg-je-idee', 'follow-your-idea'],
  idea: ['idee', 'idea'],
  ideaGroup: ['idee/begint-met', 'idea/starts-with'],
  districts: ['wijken', 'districts'],
  themes: ['themas', 'themes'],
  summit: ['burgertop', 'summit'],
  tables: ['burgertop/tafels', 'summit/tables'],
  workingGroups: ['werkgroepen', 'working-groups'],
  proposal: ['voorstellen', 'proposals'],
  manifesto: ['manifest', 'manifesto'],
  representativeness: ['representativiteit', 'representativeness'],
  flow: ['van-idee-tot-manifest', 'from-idea-to-manifesto'],
  updates: ['nieuws', 'updates'],
  openData: ['open-data', 'open-data'],
  verify: ['controleren', 'verify'],
  about: ['over', 'about'],
  privacy: ['privacy', 'privacy'],
  search: ['zoeken', 'search'],
} as const satisfies Record<string, readonly [string, string]>;

export const pathOf = (kind: keyof typeof SLUGS, lang: Lang, param?: string): string => {
  const parts = [lang === 'en' ? 'en' : '', SLUGS[kind][lang === 'nl' ? 0 : 1], param ?? ''].filter((p) => p !== '');
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
};

const page = (name: string, kind: keyof typeof SLUGS, param?: string): PageType => ({ name, nl: pathOf(kind, 'nl', param), en: pathOf(kind, 'en', param) });

const pagesIn = (site: string, dir: string): string[] =>
  existsSync(join(site, dir))
    ? readdirSync(join(site, dir), { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(site, dir, e.name, 'index.html')))
        .map((e) => e.name)
        .sort()
    : [];

/** The first page the build made in site/<dir> whose name matches. */
const firstPageIn = (site: string, dir: string, pattern: RegExp): string | undefined => pagesIn(site, dir).find((name) => pattern.test(name));

/** The first clause whose page lists ideas (the first clauses may be editorial), and one of those ideas. */
const clauseWithIdeas = (site: string): { clause: string; code: string } | undefined => {
  for (const clause of pagesIn(site, 'manifest')) {
    const code = /href="\/idee\/([0-9A-Z]{4}-[0-9A-Z]{4})\/"/.exec(readFileSync(join(site, 'manifest', clause, 'index.html'), 'utf8'))?.[1];
    if (code) return { clause, code };
  }
  return undefined;
};

/**
 * Every kind of page of the portal, each once, with real parameters from the publication (the
 * first district, theme, proposal, clause ...). Kinds the publication has no page for (say, no
 * manifesto yet) are returned with the path the portal would use, so a missing page fails loudly.
 */
export const pageTypes = (publication: string): PageType[] => {
  const site = join(publication, 'site');
  const codes = receiptCodes(publication);
  const withdrawn = [...publishedIdeas(publication).values()].find((i) => i.text === null)?.receiptCode;
  const rooted = clauseWithIdeas(site);
  const clause = rooted?.clause ?? firstPageIn(site, 'manifest', /./) ?? 'MISSING-CLAUSE';
  const manifestoIdea = rooted?.code;
  return [
    page('home', 'home'),
    page('follow your idea', 'follow'),
    page('receipt-code lookup', 'idea'),
    page('codes by first character', 'ideaGroup', firstPageIn(site, 'idee/begint-met', /./) ?? 'MISSING'),
    page('idea trail', 'idea', codes[0] ?? 'MISSING-CODE'),
    ...(manifestoIdea ? [page('idea trail (reached the manifesto)', 'idea', manifestoIdea)] : []),
    ...(withdrawn ? [page('idea trail (withdrawn)', 'idea', withdrawn)] : []),
    page('districts', 'districts'),
    page('district', 'districts', firstPageIn(site, 'wijken', /^WK/) ?? 'MISSING-DISTRICT'),
    page('themes', 'themes'),
    page('theme', 'themes', firstPageIn(site, 'themas', /./) ?? 'MISSING-THEME'),
    page('summit', 'summit'),
    page('summit tables', 'tables'),
    page('working groups', 'workingGroups'),
    page('proposal', 'proposal', firstPageIn(site, 'voorstellen', /./) ?? 'MISSING-PROPOSAL'),
    page('manifesto', 'manifesto'),
    page('manifesto clause', 'manifesto', clause),
    page('representativeness', 'representativeness'),
    page('flow diagram', 'flow'),
    page('updates', 'updates'),
    page('open data', 'openData'),
    page('verify', 'verify'),
    page('about', 'about'),
    page('privacy', 'privacy'),
    page('search', 'search'),
  ];
};
