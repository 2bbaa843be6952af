import { portal } from './data';
import { langs, type PageKey, type PageRef } from './routes';

/** Pages without a parameter, in both languages. */
const single: PageKey[] = ['home', 'follow', 'ideaLookup', 'districts', 'themes', 'summit', 'tables', 'workingGroups', 'manifesto', 'representativeness', 'flow', 'updates', 'openData', 'verify', 'about', 'privacy', 'search'];

/** Every page of the site: the fixed ones, and one per idea, district, theme, proposal, clause and code group, in each language. */
export const allPages = (): PageRef[] => {
  const { data, codesByFirst } = portal();
  const per = (key: PageKey, params: Iterable<string>) => langs.flatMap((lang) => [...params].map((param) => ({ key, lang, param })));
  return [
    ...langs.flatMap((lang) => single.map((key) => ({ key, lang }))),
    ...per('ideaGroup', [...codesByFirst.keys()]),
    ...per('district', data.districts.map((d) => d.code)),
    ...per('theme', data.themes.map((t) => t.themeId)),
    ...per('proposal', data.proposals.map((p) => p.proposalId)),
    ...per('clause', (data.manifesto?.clauses ?? []).map((c) => c.clauseId)),
    ...per('idea', data.ideas.map((i) => i.receiptCode)),
  ];
};
