import type { DistrictCode } from '../leiden-districts.data.js';
import { CARE, ELDERLY, MEETING } from './care-and-community.data.js';
import { GREEN, WATER } from './green-and-water.data.js';
import { HOUSING, TOURISM } from './housing-and-tourism.data.js';
import type { IdeaSeed, TopicId } from './idea-seed.model.js';
import { CYCLING_AND_TRAFFIC, PARKING } from './mobility.data.js';
import { ACCESSIBILITY, SAFETY, SUSTAINABILITY, WASTE } from './public-space.data.js';
import { GOVERNANCE, WORK } from './work-and-governance.data.js';
import { CULTURE, EDUCATION, PLAY, YOUTH_AND_SPORT } from './youth-culture-education.data.js';

/** Every hand-written idea, by theme. */
export const IDEA_BANK: Readonly<Record<TopicId, readonly IdeaSeed[]>> = {
  groen: GREEN,
  water: WATER,
  'fiets-verkeer': CYCLING_AND_TRAFFIC,
  parkeren: PARKING,
  wonen: HOUSING,
  toerisme: TOURISM,
  duurzaamheid: SUSTAINABILITY,
  ouderen: ELDERLY,
  'jongeren-sport': YOUTH_AND_SPORT,
  cultuur: CULTURE,
  veiligheid: SAFETY,
  ontmoeting: MEETING,
  onderwijs: EDUCATION,
  zorg: CARE,
  werk: WORK,
  afval: WASTE,
  inspraak: GOVERNANCE,
  toegankelijkheid: ACCESSIBILITY,
  spelen: PLAY,
};

export const TOPICS = Object.keys(IDEA_BANK) as TopicId[];

/**
 * How much more (or less) than average each district talks about a theme: tourism in the inner
 * city, play and green in the Merenwijk and the Stevenshof, parking around the LUMC, and so on.
 * Themes not listed weigh 1.
 */
export const DISTRICT_TOPIC_WEIGHTS: Readonly<Record<DistrictCode, Partial<Record<TopicId, number>>>> = {
  WK054600: { toerisme: 3, 'fiets-verkeer': 1.8, wonen: 2, water: 2, cultuur: 1.4, afval: 1.4, spelen: 0.5, parkeren: 0.6 },
  WK054601: { toerisme: 2.6, 'fiets-verkeer': 1.8, wonen: 1.8, water: 1.8, cultuur: 1.4, afval: 1.5, veiligheid: 1.3, spelen: 0.6 },
  WK054602: { 'fiets-verkeer': 2.6, toerisme: 1.6, wonen: 2, veiligheid: 1.5, parkeren: 1.4, spelen: 0.5, water: 0.6 },
  WK054603: { ontmoeting: 2, ouderen: 1.4, 'jongeren-sport': 1.5, wonen: 1.4, werk: 1.3, veiligheid: 1.3, spelen: 1.5, afval: 1.5, toerisme: 0.3 },
  WK054604: { groen: 1.5, 'fiets-verkeer': 1.3, parkeren: 1.5, wonen: 1.5, spelen: 1.3, toerisme: 0.3 },
  WK054605: { ouderen: 1.8, zorg: 1.5, ontmoeting: 1.5, 'jongeren-sport': 1.3, veiligheid: 1.3, toegankelijkheid: 1.5, toerisme: 0.2 },
  WK054606: { ontmoeting: 1.5, 'jongeren-sport': 1.8, veiligheid: 1.5, afval: 1.5, werk: 1.5, onderwijs: 1.3, toerisme: 0.2 },
  WK054607: { parkeren: 2.2, 'fiets-verkeer': 1.5, groen: 1.5, werk: 1.4, onderwijs: 1.2, wonen: 1.3, toerisme: 0.3 },
  WK054608: { groen: 2.5, spelen: 2.5, 'jongeren-sport': 1.5, ouderen: 1.3, water: 1.3, toerisme: 0.2, parkeren: 0.7 },
  WK054609: { groen: 2, spelen: 2.5, ouderen: 1.8, toegankelijkheid: 1.3, 'fiets-verkeer': 1.3, toerisme: 0.2, water: 0.8 },
};

export const topicWeight = (district: DistrictCode, topic: TopicId): number => DISTRICT_TOPIC_WEIGHTS[district][topic] ?? 1;
