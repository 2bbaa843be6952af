import type { IdeaKind } from '@spoor/contracts';
import type { DistrictCode } from '../leiden-districts.data.js';

/** The themes Leiden residents raised, as the demo's ideas are grouped. */
export type TopicId =
  | 'groen'
  | 'water'
  | 'fiets-verkeer'
  | 'parkeren'
  | 'wonen'
  | 'toerisme'
  | 'duurzaamheid'
  | 'ouderen'
  | 'jongeren-sport'
  | 'cultuur'
  | 'veiligheid'
  | 'ontmoeting'
  | 'onderwijs'
  | 'zorg'
  | 'werk'
  | 'afval'
  | 'inspraak'
  | 'toegankelijkheid'
  | 'spelen';

/**
 * One hand-written idea as a resident might say it. `{groen}`, `{straat}`, `{plein}`, `{water}` and
 * `{wijk}` become a real place of the conversation's district; `[a|b]` is a choice of wording. Ideas
 * limited to some districts name places or problems found only there.
 */
export interface IdeaSeed {
  readonly text: string;
  readonly kind: IdeaKind;
  readonly districts?: readonly DistrictCode[];
}

/** A wish: a proposal, something residents want. */
export const wish = (text: string, districts?: readonly DistrictCode[]): IdeaSeed => ({ text, kind: 'wish', districts });

/** A need: something lacking or a problem residents run into. */
export const need = (text: string, districts?: readonly DistrictCode[]): IdeaSeed => ({ text, kind: 'need', districts });

export const BINNENSTAD: readonly DistrictCode[] = ['WK054600', 'WK054601'];
export const CENTRUM: readonly DistrictCode[] = ['WK054600', 'WK054601', 'WK054602'];
export const BUITENWIJKEN: readonly DistrictCode[] = ['WK054603', 'WK054604', 'WK054605', 'WK054606', 'WK054607', 'WK054608', 'WK054609'];
