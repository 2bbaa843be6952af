import type { VotingMethod } from '@spoor/contracts';
import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';
import type { SealedBallot } from './ballot-box/ballot-box.js';

export type VotingEvent = EventOf<'VotingCodesIssued' | 'VotingOpened' | 'BallotCast' | 'VotingClosed' | 'SummitResultDeclared'>;

/** The one-time codes: hashes issued, and hashes spent. Never the codes, never who holds one. */
interface Codes {
  readonly issued: ReadonlySet<string>;
  readonly spent: ReadonlySet<string>;
}

interface Opened extends Codes {
  readonly processId: string;
  readonly method: VotingMethod;
  readonly voters: 'residents' | 'residents-and-wildcards';
  readonly themeIds: readonly string[];
  readonly eligibleVoters: number;
  /** The ballot box while voting is open: sealed ballots, in no useful order. */
  readonly sealed: readonly SealedBallot[];
  /** The opened box, from VotingClosed: choices only, sorted. */
  readonly ballots: readonly (readonly string[])[];
}

/**
 * The summit's vote (stream `voting-<processId>`), apart from the summit stream so that ballots
 * do not contend with table and attendance changes. Codes may be issued before voting opens (badges
 * are printed beforehand). Once open, the method cannot change. See docs/secret-ballot.md.
 */
export type Voting =
  | ({ readonly status: 'none' } & Codes)
  | ({ readonly status: 'open' } & Opened)
  | ({ readonly status: 'closed' } & Opened)
  | ({ readonly status: 'declared'; readonly chosenThemeIds: readonly string[] } & Opened);

const withAll = (set: ReadonlySet<string>, more: readonly string[]): ReadonlySet<string> => new Set([...set, ...more]);

export const votingAggregate: Aggregate<Voting, VotingEvent> = {
  streamPrefix: 'voting',
  eventTypes: ['VotingCodesIssued', 'VotingOpened', 'BallotCast', 'VotingClosed', 'SummitResultDeclared'],
  initialState: () => ({ status: 'none', issued: new Set(), spent: new Set() }),
  evolve: (state, event) => {
    if (event.type === 'VotingCodesIssued') return { ...state, issued: withAll(state.issued, event.data.codeHashes) };
    if (event.type === 'VotingOpened') {
      const { processId, method, voters, themeIds, eligibleVoters } = event.data;
      return { status: 'open', processId, method, voters, themeIds, eligibleVoters, issued: state.issued, spent: state.spent, sealed: [], ballots: [] };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'BallotCast':
        return { ...state, spent: withAll(state.spent, [event.data.codeHash]), sealed: [...state.sealed, event.data.sealedBallot] };
      case 'VotingClosed':
        return { ...state, status: 'closed', sealed: [], ballots: event.data.ballots };
      case 'SummitResultDeclared':
        return { ...state, status: 'declared', chosenThemeIds: event.data.chosenThemeIds };
      default:
        throw new UnknownEventError(event);
    }
  },
};

/** The themes the summit chose, once the result is declared. */
export const chosenThemes = (voting: Voting): readonly string[] | undefined => (voting.status === 'declared' ? voting.chosenThemeIds : undefined);
