import { representativeness, representativenessStages } from '../representativeness/representativeness.query.js';
import { districtReach } from '../trail/district-reach.query.js';
import { own } from '../trail/lookup.util.js';
import { type PortalContext, portalContext } from './portal-context.js';
import { portalCounts, portalProcess } from './portal-counts.query.js';
import type { PortalData, PortalModels, PortalOptions, PortalRepresentativeness } from './portal-data.views.js';
import { portalFlow } from './portal-flow.query.js';
import { portalManifesto, portalProposals, portalWorkingGroups } from './portal-follow-up.query.js';
import { portalDistricts, portalIdeas } from './portal-ideas.query.js';
import { portalSummit } from './portal-summit.query.js';
import { portalLineage, portalThemes } from './portal-themes.query.js';

/** Representativeness at every stage, against the reference population, small counts suppressed. */
export const portalRepresentativeness = (context: PortalContext): PortalRepresentativeness => {
  const stages = representativenessStages.flatMap((stage) => representativeness(context.models.representativeness, stage, { threshold: context.threshold, processId: context.processId }) ?? []);
  return { threshold: context.threshold, reference: stages[0]?.reference ?? null, stages };
};

/** Demonstration data: the process says so, or any of its conversations came from the demo loader. */
const isDemo = ({ models, processId }: PortalContext): boolean =>
  own(models.conversations.processes, processId)?.demo === true || Object.values(models.conversations.conversations).some((c) => c.processId === processId && c.demo);

/**
 * Everything the public portal shows about one process, as plain JSON, from the read models of
 * the public projections. Pure: the same models and options give the same data, byte for byte
 * once serialised, so publishing twice from the same log gives the same site.
 */
export const buildPortalData = (models: PortalModels, options: PortalOptions = {}): PortalData => {
  const context = portalContext(models, options);
  const ideas = portalIdeas(context);
  const themes = portalThemes(context);
  const workingGroups = portalWorkingGroups(context);
  const proposals = portalProposals(context);
  return {
    formatVersion: 1,
    demo: isDemo(context),
    treeSize: options.treeSize ?? null,
    process: portalProcess(context),
    districts: portalDistricts(context),
    counts: portalCounts(context),
    updates: context.progress?.updates ?? [],
    ideas,
    themes,
    lineage: portalLineage(context),
    summit: portalSummit(context),
    workingGroups,
    proposals,
    manifesto: portalManifesto(context),
    representativeness: portalRepresentativeness(context),
    districtReach: districtReach(models.trail, context.processId),
    flow: portalFlow({ ideas, themes, workingGroups, proposals }),
  };
};
