import { AgeBandSchema, GenderSchema } from '@spoor/contracts';
import { dimensionReference, type RepresentativenessDimensionName } from './reference-population.js';
import type { ParticipantStages, RepresentativenessProcess } from './representativeness.read-model.js';

/** How far participants came: registered, in a held conversation, at the summit, in a working group. */
export type RepresentativenessStage = 'registered' | 'conversation' | 'summit' | 'working-group';

export const representativenessStages: readonly RepresentativenessStage[] = ['registered', 'conversation', 'summit', 'working-group'];

/** A dimension a table can be split by: the three with reference figures, or one of the process's further bands as `other:<name>`. */
export type CrossTabDimensionName = RepresentativenessDimensionName | `other:${string}`;

export const OTHER_PREFIX = 'other:';

/** The band of a participant who has no value for a further dimension. */
export const unknownBand = 'onbekend';

export const inStage = (p: ParticipantStages, stage: RepresentativenessStage): boolean => {
  switch (stage) {
    case 'registered':
      return true;
    case 'conversation':
      return p.inConversation;
    case 'summit':
      return p.atSummit;
    case 'working-group':
      return p.workingGroupIds.length > 0;
  }
};

export const bandOf = (p: ParticipantStages, dimension: CrossTabDimensionName): string => {
  switch (dimension) {
    case 'district':
      return p.districtCode;
    case 'ageBand':
      return p.ageBand;
    case 'gender':
      return p.gender;
    default: {
      const name = dimension.slice(OTHER_PREFIX.length);
      return Object.hasOwn(p.otherBands, name) ? (p.otherBands[name] ?? unknownBand) : unknownBand;
    }
  }
};

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Bands of a dimension with reference figures in a fixed order: the known bands first in their
 * own order, then any other band the reference or the participants at this stage bring, sorted.
 */
export const bandOrder = (dimension: RepresentativenessDimensionName, process: RepresentativenessProcess, seen: Iterable<string>): string[] => {
  const known: readonly string[] = dimension === 'ageBand' ? AgeBandSchema.options : dimension === 'gender' ? GenderSchema.options : [];
  const extra = new Set<string>(dimension === 'district' ? process.districtCodes : []);
  for (const band of seen) if (!known.includes(band)) extra.add(band);
  return [...known, ...[...extra].sort(byCode)];
};

/**
 * The bands a table lists for a dimension at a stage. For district, age band and gender exactly
 * the rows the one-way representativeness table lists (so a cross-table's margins are those
 * tables); for a further band every value any participant of the process has, whatever the stage,
 * so the list of bands itself says nothing about who reached a stage.
 */
export const bandsFor = (
  dimension: CrossTabDimensionName,
  process: RepresentativenessProcess,
  members: readonly ParticipantStages[],
  everyone: readonly ParticipantStages[],
): string[] => {
  if (dimension === 'district' || dimension === 'ageBand' || dimension === 'gender') {
    const reference = dimensionReference(process.reference, dimension);
    return bandOrder(dimension, process, [...reference.bands.keys(), ...members.map((p) => bandOf(p, dimension))]);
  }
  const values = new Set(everyone.map((p) => bandOf(p, dimension)));
  const named = [...values].filter((v) => v !== unknownBand).sort(byCode);
  return values.has(unknownBand) ? [...named, unknownBand] : named;
};

/** Every further dimension any participant of the process has, as `other:<name>`, sorted. */
export const otherDimensionsOf = (everyone: readonly ParticipantStages[]): CrossTabDimensionName[] =>
  [...new Set(everyone.flatMap((p) => Object.keys(p.otherBands)))].sort(byCode).map((name): CrossTabDimensionName => `${OTHER_PREFIX}${name}`);
