import type { DomainEvent } from '@spoor/contracts';
import { ideaRecorded, participantRegistered, PROCESS, processStarted } from '../shared/testing/fixtures.js';
import type { Principal } from '../shared/use-case.js';

/** Streams and principals for the follow-up and manifesto specs. */

export const secretaryOf = (workingGroupId: string): Principal => ({ actor: { id: `actor-sec-${workingGroupId}`, role: 'secretary' }, workingGroupId });
export const moderator: Principal = { actor: { id: 'actor-mod', role: 'moderator' } };

const themeCreated = (themeId: string): DomainEvent => ({
  type: 'ThemeCreated',
  data: { processId: PROCESS, themeId, title: `Thema ${themeId}`, description: 'Wat bewoners hierover zeiden' },
});
const linked = (themeId: string, ideaId: string): DomainEvent => ({
  type: 'IdeaLinkedToTheme',
  data: { processId: PROCESS, themeId, ideaId, rationale: 'Past bij het thema' },
});

/** Themes: groen (idea-1), verkeer (idea-2), wonen (idea-3); bomen (idea-4) merged into groen, so retired. */
export const themeEvents: DomainEvent[] = [
  themeCreated('groen'),
  themeCreated('verkeer'),
  themeCreated('wonen'),
  themeCreated('bomen'),
  linked('groen', 'idea-1'),
  linked('verkeer', 'idea-2'),
  linked('wonen', 'idea-3'),
  linked('bomen', 'idea-4'),
  { type: 'ThemesMerged', data: { processId: PROCESS, targetThemeId: 'groen', sourceThemeIds: ['bomen'], rationale: 'Zelfde onderwerp', movedIdeaIds: ['idea-4'] } },
];

const method = { kind: 'approval' as const, maxChoices: 2, seats: 2 };
export const votingOpened: DomainEvent = {
  type: 'VotingOpened',
  data: { processId: PROCESS, method, voters: 'residents', themeIds: ['groen', 'verkeer', 'wonen'], eligibleVoters: 3 },
};
/** The summit chose groen and verkeer; wonen was not chosen. */
export const resultDeclared: DomainEvent[] = [
  votingOpened,
  { type: 'VotingClosed', data: { processId: PROCESS, ballotCount: 0, ballots: [] } },
  {
    type: 'SummitResultDeclared',
    data: {
      processId: PROCESS,
      method,
      ballotCount: 3,
      tally: [
        { themeId: 'groen', votes: 3, rank: 1, chosen: true },
        { themeId: 'verkeer', votes: 2, rank: 2, chosen: true },
        { themeId: 'wonen', votes: 1, rank: 3, chosen: false },
      ],
      chosenThemeIds: ['groen', 'verkeer'],
      tieBreak: 'geen gelijke stand',
    },
  },
];

export const workingGroupFormed = (workingGroupId = 'wg-groen', themeIds = ['groen']): DomainEvent => ({
  type: 'WorkingGroupFormed',
  data: { workingGroupId, processId: PROCESS, title: 'Werkgroep Groen in de wijk', kind: 'werkgroep', themeIds },
});

export const ideas = {
  'idea-idea-1': [ideaRecorded('idea-1')],
  'idea-idea-2': [ideaRecorded('idea-2')],
  'idea-idea-3': [ideaRecorded('idea-3')],
  'idea-idea-4': [ideaRecorded('idea-4')],
  'idea-idea-5': [ideaRecorded('idea-5'), { type: 'IdeaWithdrawn', data: { ideaId: 'idea-5', reason: 'participant-request' } }] as DomainEvent[],
};

/** A started process with its theme map, the declared summit result, ideas and one registered participant and wildcard. */
export const summitDone: Record<string, DomainEvent[]> = {
  'process-leiden': [processStarted],
  'themes-leiden': themeEvents,
  'voting-leiden': resultDeclared,
  'participant-p-1': [participantRegistered('p-1')],
  'wildcard-w-1': [{ type: 'WildcardRegistered', data: { wildcardId: 'w-1', processId: PROCESS, category: 'politician' } }],
  ...ideas,
};

export const proposalDraft = {
  proposalId: 'prop-1',
  workingGroupId: 'wg-groen',
  title: 'Een groenbudget per wijk',
  text: 'Elke wijk krijgt een eigen budget voor groen, te besteden door bewoners.',
  themeIds: ['groen'],
  ideaIds: ['idea-1', 'idea-4'],
};

export const proposalDrafted = (proposalId = 'prop-1', processId = PROCESS): DomainEvent => ({
  type: 'ProposalDrafted',
  data: { ...proposalDraft, proposalId, processId, version: 1 },
});
export const proposalSubmitted = (proposalId = 'prop-1', version = 1): DomainEvent => ({ type: 'ProposalSubmitted', data: { proposalId, submittedOn: '2017-04-01', version } });
export const proposalAdopted = (proposalId = 'prop-1', version = 1): DomainEvent => ({ type: 'ProposalAdopted', data: { proposalId, adoptedOn: '2017-04-15', version } });
export const proposalRejected = (proposalId = 'prop-1', version = 1): DomainEvent => ({
  type: 'ProposalRejected',
  data: { proposalId, rejectedOn: '2017-04-15', reason: 'Te weinig uitgewerkt', version },
});

/** Proposal prop-1 of wg-groen through its life: drafted, submitted, adopted. */
export const adoptedProposal = (proposalId = 'prop-1', processId = PROCESS): DomainEvent[] => [
  proposalDrafted(proposalId, processId),
  proposalSubmitted(proposalId),
  proposalAdopted(proposalId),
];
