import type { VotingMethod } from '@spoor/contracts';
import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type VotingEvent = EventOf<'VotingOpened' | 'BallotCast' | 'VotingClosed' | 'SummitResultDeclared'>;

interface Opened {
  readonly processId: string;
  readonly method: VotingMethod;
  readonly voters: 'residents' | 'residents-and-wildcards';
  readonly themeIds: readonly string[];
  readonly eligibleVoters: number;
  readonly ballots: readonly { readonly ballotId: string; readonly choices: readonly string[] }[];
}

/**
 * The summit's vote (stream `voting-<processId>`), apart from the summit stream so that ballots
 * do not contend with table and attendance changes. Once open, the method cannot change.
 */
export type Voting =
  | { readonly status: 'none' }
  | ({ readonly status: 'open' } & Opened)
  | ({ readonly status: 'closed' } & Opened)
  | ({ readonly status: 'declared'; readonly chosenThemeIds: readonly string[] } & Opened);

export const votingAggregate: Aggregate<Voting, VotingEvent> = {
  streamPrefix: 'voting',
  eventTypes: ['VotingOpened', 'BallotCast', 'VotingClosed', 'SummitResultDeclared'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    if (event.type === 'VotingOpened') {
      const { processId, method, voters, themeIds, eligibleVoters } = event.data;
      return { status: 'open', processId, method, voters, themeIds, eligibleVoters, ballots: [] };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'BallotCast':
        return { ...state, ballots: [...state.ballots, { ballotId: event.data.ballotId, choices: event.data.choices }] };
      case 'VotingClosed':
        return { ...state, status: 'closed' };
      case 'SummitResultDeclared':
        return { ...state, status: 'declared', chosenThemeIds: event.data.chosenThemeIds };
      default:
        throw new UnknownEventError(event);
    }
  },
};

/** The themes the summit chose, once the result is declared. */
export const chosenThemes = (voting: Voting): readonly string[] | undefined => (voting.status === 'declared' ? voting.chosenThemeIds : undefined);
