/** The two languages: Dutch at the root, English under /en/. */
export type Lang = 'nl' | 'en';
export const langs: readonly Lang[] = ['nl', 'en'];

/** Every kind of page; one template each (src/views/), the same set in both languages. */
export type PageKey =
  | 'home'
  | 'follow'
  | 'ideaLookup'
  | 'ideaGroup'
  | 'idea'
  | 'districts'
  | 'district'
  | 'themes'
  | 'theme'
  | 'summit'
  | 'tables'
  | 'workingGroups'
  | 'proposal'
  | 'manifesto'
  | 'clause'
  | 'representativeness'
  | 'flow'
  | 'updates'
  | 'openData'
  | 'verify'
  | 'about'
  | 'privacy'
  | 'search';

/** The path of each page in each language, without the /en/ prefix; a parameter follows it. */
const slugs: Record<PageKey, Record<Lang, string>> = {
  home: { nl: '', en: '' },
  follow: { nl: 'volg-je-idee', en: 'follow-your-idea' },
  ideaLookup: { nl: 'idee', en: 'idea' },
  ideaGroup: { nl: 'idee/begint-met', en: 'idea/starts-with' },
  idea: { nl: 'idee', en: 'idea' },
  districts: { nl: 'wijken', en: 'districts' },
  district: { nl: 'wijken', en: 'districts' },
  themes: { nl: 'themas', en: 'themes' },
  theme: { nl: 'themas', en: 'themes' },
  summit: { nl: 'burgertop', en: 'summit' },
  tables: { nl: 'burgertop/tafels', en: 'summit/tables' },
  workingGroups: { nl: 'werkgroepen', en: 'working-groups' },
  proposal: { nl: 'voorstellen', en: 'proposals' },
  manifesto: { nl: 'manifest', en: 'manifesto' },
  clause: { nl: 'manifest', en: 'manifesto' },
  representativeness: { nl: 'representativiteit', en: 'representativeness' },
  flow: { nl: 'van-idee-tot-manifest', en: 'from-idea-to-manifesto' },
  updates: { nl: 'nieuws', en: 'updates' },
  openData: { nl: 'open-data', en: 'open-data' },
  verify: { nl: 'controleren', en: 'verify' },
  about: { nl: 'over', en: 'about' },
  privacy: { nl: 'privacy', en: 'privacy' },
  search: { nl: 'zoeken', en: 'search' },
};

/** One page of the site: which template, in which language, for which idea, theme, clause... */
export interface PageRef {
  key: PageKey;
  lang: Lang;
  param?: string;
}

/** The page's path below the base, without slashes at either end ('' for the Dutch home page). */
export const pathOf = ({ key, lang, param }: PageRef): string => [lang === 'en' ? 'en' : '', slugs[key][lang], param ?? ''].filter((part) => part !== '').join('/');

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A link to a page, below the site's base, with the trailing slash the static host expects. */
export const href = (lang: Lang, key: PageKey, param?: string): string => {
  const path = pathOf({ key, lang, param });
  return path === '' ? base : `${base}${path}/`;
};

/** A file published beside the site (receipts/, log/, open-data/, data/), below the same base. */
export const fileHref = (path: string): string => `${base}${path}`;

/** The same page in the other language: the language switch keeps you where you are. */
export const inLanguage = (page: PageRef, lang: Lang): string => href(lang, page.key, page.param);
