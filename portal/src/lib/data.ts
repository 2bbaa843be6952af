import { readFileSync } from 'node:fs';
import type { IdeaTrailFound, PortalClause, PortalConversation, PortalData, PortalDistrict, PortalProposal, PortalTheme, PortalWorkingGroup } from './types';

/** The data file and the lookups every page needs, built once per build. */
export interface Portal {
  data: PortalData;
  ideaByCode: Map<string, IdeaTrailFound>;
  themeById: Map<string, PortalTheme>;
  groupById: Map<string, PortalWorkingGroup>;
  proposalById: Map<string, PortalProposal>;
  districtByCode: Map<string, PortalDistrict>;
  conversationById: Map<string, PortalConversation>;
  clauseById: Map<string, PortalClause>;
  /** Receipt codes by their first character, for the no-JavaScript lookup. */
  codesByFirst: Map<string, string[]>;
}

let cached: Portal | undefined;

/** Where scripts/build.mjs leaves the data it parsed, so that the build holds one copy, not two. */
const HANDED = Symbol.for('spoor.portalData');

const read = (): PortalData => {
  const handed = (globalThis as Record<symbol, unknown>)[HANDED];
  if (handed) return handed as PortalData;
  const file = process.env.SPOOR_PORTAL_DATA;
  if (!file) throw new Error('SPOOR_PORTAL_DATA: set it to the PortalData JSON file to build the portal from (see docs/portal.md)');
  return JSON.parse(readFileSync(file, 'utf8')) as PortalData;
};

const load = (): Portal => {
  const data = read();
  if (data.formatVersion !== 1) throw new Error(`PortalData formatVersion ${String(data.formatVersion)} is not supported by this portal (expected 1)`);
  const codesByFirst = new Map<string, string[]>();
  for (const idea of [...data.ideas].sort((a, b) => (a.receiptCode < b.receiptCode ? -1 : 1))) {
    const first = idea.receiptCode[0];
    const codes = codesByFirst.get(first);
    if (codes) codes.push(idea.receiptCode);
    else codesByFirst.set(first, [idea.receiptCode]);
  }
  return {
    data,
    ideaByCode: new Map(data.ideas.map((i) => [i.receiptCode, i])),
    themeById: new Map(data.themes.map((t) => [t.themeId, t])),
    groupById: new Map(data.workingGroups.map((g) => [g.workingGroupId, g])),
    proposalById: new Map(data.proposals.map((p) => [p.proposalId, p])),
    districtByCode: new Map(data.districts.map((d) => [d.code, d])),
    conversationById: new Map(data.districts.flatMap((d) => d.conversations.map((c) => [c.conversationId, c] as const))),
    clauseById: new Map((data.manifesto?.clauses ?? []).map((c) => [c.clauseId, c])),
    codesByFirst,
  };
};

/**
 * The portal's data, read from disk the first time a page asks and kept for the rest of the
 * build: every page module shares this one module instance, so thousands of idea pages cost one
 * JSON.parse, not one each (withastro/astro#16297).
 */
export const portal = (): Portal => (cached ??= load());

export const districtName = (code: string): string => portal().districtByCode.get(code)?.name ?? code;
