import { districtReach } from '../trail/district-reach.query.js';
import { portalContext } from './portal-context.js';
import { portalCounts } from './portal-counts.query.js';
import { portalRepresentativeness } from './portal-data.query.js';
import type { PortalCounts, PortalModels, PortalOptions } from './portal-data.views.js';
import { portalManifesto } from './portal-follow-up.query.js';

/** One published figure: a count, a share, a label such as `< 5`, a yes/no, or nothing. */
export type PublicNumber = number | string | boolean | null;

/** Flat keys such as `ideas.total` or `summit.tally.th-groen.votes`, sorted. */
export type PublicNumbers = Record<string, PublicNumber>;

const countKeys: Record<keyof PortalCounts, string> = {
  participants: 'participants.registered',
  ambassadors: 'ambassadors.registered',
  conversationsPlanned: 'conversations.planned',
  conversationsHeld: 'conversations.held',
  ideasRecorded: 'ideas.total',
  ideasWithdrawn: 'ideas.withdrawn',
  ideas: 'ideas.standing',
  themes: 'themes.active',
  themesRetired: 'themes.retired',
  merges: 'themes.merges',
  splits: 'themes.splits',
  agenda: 'summit.agenda',
  summitAttendees: 'summit.attendees',
  ballots: 'summit.ballots',
  chosenThemes: 'summit.chosen',
  workingGroups: 'workingGroups.total',
  proposals: 'proposals.total',
  proposalsAdopted: 'proposals.adopted',
  clauses: 'manifesto.clauses.standing',
  endorsements: 'manifesto.endorsements',
  updates: 'updates.total',
};

/**
 * The figures a verifier recomputes from the public log, as one flat object with stable keys in
 * sorted order: the key counts, the summit's tally line by line, every clause's roots, every cell
 * of the representativeness tables (as published, so `< 5` where a count is suppressed) and each
 * district's reach. The portal shows these same figures (buildPortalData uses the same queries);
 * `spoor verify` folds the log itself, calls this and compares key by key.
 */
export const publicNumbers = (models: PortalModels, options: PortalOptions = {}): PublicNumbers => {
  const context = portalContext(models, options);
  const numbers: [string, PublicNumber][] = [['process.id', context.processId]];
  const put = (key: string, value: PublicNumber) => numbers.push([key, value]);

  const counts = portalCounts(context);
  for (const [field, key] of Object.entries(countKeys)) put(key, counts[field as keyof PortalCounts]);

  const summit = context.summit;
  if (summit) {
    for (const kind of ['residents', 'wildcards'] as const) for (const [status, n] of Object.entries(summit.attendance[kind])) put(`summit.attendance.${kind}.${status}`, n);
    put('summit.tables', summit.tables?.tableCount ?? 0);
    if (summit.voting) put('summit.voting.eligibleVoters', summit.voting.eligibleVoters);
    if (summit.result) {
      put('summit.result.ballotCount', summit.result.ballotCount);
      put('summit.result.seats', summit.result.seats);
      put('summit.result.votesMatchBallots', summit.result.votesMatchBallots);
      for (const line of summit.result.lines) {
        put(`summit.tally.${line.themeId}.votes`, line.votes);
        put(`summit.tally.${line.themeId}.rank`, line.rank);
        put(`summit.tally.${line.themeId}.chosen`, line.chosen);
      }
    }
  }

  for (const clause of portalManifesto(context)?.clauses ?? []) {
    const prefix = `manifesto.clause.${clause.clauseId}`;
    put(`${prefix}.status`, clause.status);
    for (const [name, n] of Object.entries(clause.roots.counts)) put(`${prefix}.${name}`, n);
  }

  for (const stage of portalRepresentativeness(context).stages) {
    const prefix = `representativeness.${stage.stage}`;
    put(`${prefix}.total`, stage.total.countLabel);
    for (const dimension of stage.dimensions) {
      for (const row of dimension.rows) {
        const cell = `${prefix}.${dimension.dimension}.${row.band}`;
        put(`${cell}.count`, row.countLabel);
        put(`${cell}.share`, row.share);
        put(`${cell}.referenceCount`, row.referenceCount);
        put(`${cell}.referenceShare`, row.referenceShare);
        put(`${cell}.difference`, row.difference);
      }
    }
  }

  for (const line of districtReach(models.trail, context.processId)?.districts ?? []) {
    const prefix = `reach.${line.code}`;
    put(`${prefix}.ideas`, line.ideas);
    put(`${prefix}.withdrawn`, line.withdrawn);
    for (const stage of ['agenda', 'chosen', 'proposal', 'manifesto'] as const) put(`${prefix}.${stage}`, line[stage].count);
  }

  numbers.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(numbers);
};
