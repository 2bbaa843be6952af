import type { StoredPopulationFigure, StoredReferencePopulation } from './representativeness.read-model.js';

/** The dimensions representativeness is shown for. */
export type RepresentativenessDimensionName = 'district' | 'ageBand' | 'gender';

export interface ReferenceBand {
  inhabitants: number;
  invented: boolean;
}

/** The reference figures of one dimension, per band, and the total their shares are taken of. */
export interface DimensionReference {
  bands: Map<string, ReferenceBand>;
  total: number | null;
  /** True when any figure behind the bands or the total was invented. */
  invented: boolean;
}

const add = (bands: Map<string, ReferenceBand>, band: string, figure: StoredPopulationFigure) => {
  const before = bands.get(band) ?? { inhabitants: 0, invented: false };
  bands.set(band, { inhabitants: before.inhabitants + figure.inhabitants, invented: before.invented || figure.invented });
};

const sumOf = (bands: Map<string, ReferenceBand>) => [...bands.values()].reduce((s, b) => s + b.inhabitants, 0);
const anyInvented = (bands: Map<string, ReferenceBand>) => [...bands.values()].some((b) => b.invented);

/**
 * A banded dimension (age, gender): the city-wide figures when the reference gives any, otherwise
 * the per-district figures summed per band. Shares are taken of the sum of the bands used.
 */
const banded = (figures: readonly StoredPopulationFigure[], dimension: string): DimensionReference => {
  const ofDimension = figures.filter((f) => f.dimension === dimension);
  const cityWide = ofDimension.filter((f) => f.districtCode === null);
  const bands = new Map<string, ReferenceBand>();
  for (const figure of cityWide.length > 0 ? cityWide : ofDimension) add(bands, figure.band, figure);
  return { bands, total: bands.size > 0 ? sumOf(bands) : null, invented: anyInvented(bands) };
};

/**
 * Districts: each district's `total`/`all` figure. Shares are taken of the city's `total`/`all`
 * figure when given (so a reference with only some districts still gives true shares), otherwise
 * of the districts' sum.
 */
const districts = (figures: readonly StoredPopulationFigure[]): DimensionReference => {
  const bands = new Map<string, ReferenceBand>();
  let city: StoredPopulationFigure | undefined;
  for (const figure of figures) {
    if (figure.dimension !== 'total' || figure.band !== 'all') continue;
    if (figure.districtCode === null) city = figure;
    else add(bands, figure.districtCode, figure);
  }
  if (city) return { bands, total: city.inhabitants, invented: city.invented || anyInvented(bands) };
  return { bands, total: bands.size > 0 ? sumOf(bands) : null, invented: anyInvented(bands) };
};

export const dimensionReference = (reference: StoredReferencePopulation | null, dimension: RepresentativenessDimensionName): DimensionReference => {
  const figures = reference?.figures ?? [];
  switch (dimension) {
    case 'district':
      return districts(figures);
    case 'ageBand':
      return banded(figures, 'age');
    case 'gender':
      return banded(figures, 'gender');
  }
};
