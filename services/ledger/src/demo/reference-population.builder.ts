import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandInput, PopulationFigure } from '@spoor/contracts';
import { parse } from 'csv-parse/sync';
import { DEMO_PROCESS_ID } from './demo-command.model.js';
import {
  DISTRICT_CODES,
  type DistrictCode,
  INVENTED_DISTRICT_TOTALS,
  INVENTED_GENDER_SHARES,
} from './leiden-districts.data.js';

export const REFERENCE_CSV = 'leiden-reference-2017.csv';

/** The source text on every figure the demo made up. */
export const INVENTED_SOURCE = 'Verzonnen voor de demo; echte cijfers: CBS 83765NED';

type FigureInput = CommandInput<'RecordReferencePopulation'>['figures'][number];

interface ReferenceRow {
  dimension: string;
  band: string;
  inhabitants: string;
  as_of: string;
  source: string;
}

const moduleDir = (): string => path.dirname(fileURLToPath(import.meta.url));

/**
 * Where the reference CSV is: beside this module (`src/demo/reference/`, under jest or tsx), or,
 * when running the compiled `dist/` (tsc does not copy data files), in the package's own
 * `src/demo/reference/`, found by walking up to the folder holding its package.json.
 */
export const resolveReferenceFile = (fileName: string, fromDir: string = moduleDir()): string => {
  const candidates = [path.join(fromDir, 'reference', fileName)];
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) {
      candidates.push(path.join(dir, 'src', 'demo', 'reference', fileName));
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`Demo reference data ${fileName} not found; looked in ${candidates.join(', ')}`);
  return found;
};

/** The real figures of the reference CSV, as population figures (city-wide, and the one district). */
export const readRealFigures = (csvPath: string = resolveReferenceFile(REFERENCE_CSV)): PopulationFigure[] => {
  const rows = parse(readFileSync(csvPath, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as ReferenceRow[];
  return rows.map((row): PopulationFigure => {
    const inhabitants = Number(row.inhabitants);
    if (!Number.isInteger(inhabitants)) throw new Error(`${REFERENCE_CSV}: ${row.dimension}/${row.band} has no whole number`);
    if (row.dimension === 'district') {
      const code = /^(WK\d{6})\b/.exec(row.band)?.[1];
      if (!code) throw new Error(`${REFERENCE_CSV}: district row without a CBS code: ${row.band}`);
      return { districtCode: code, dimension: 'total', band: 'all', inhabitants, source: row.source, invented: false };
    }
    return { dimension: row.dimension, band: row.band, inhabitants, source: row.source, invented: false };
  });
};

const invented = (districtCode: DistrictCode, dimension: string, band: string, inhabitants: number): FigureInput => ({
  districtCode,
  dimension,
  band,
  inhabitants,
  source: INVENTED_SOURCE,
  invented: true,
});

/** The invented gender split of one district, adding up to its total. */
const genderFigures = (code: DistrictCode, total: number): FigureInput[] => {
  const share = INVENTED_GENDER_SHARES[code];
  const vrouw = Math.round(total * share.vrouw);
  const x = Math.round(total * share.x);
  return [invented(code, 'gender', 'vrouw', vrouw), invented(code, 'gender', 'man', total - vrouw - x), invented(code, 'gender', 'x', x)];
};

/** The district totals (real where the CSV has one, invented otherwise). */
export const districtTotals = (real: readonly PopulationFigure[]): Record<DistrictCode, number> => {
  const totals = { ...INVENTED_DISTRICT_TOTALS } as Record<DistrictCode, number>;
  for (const figure of real) {
    if (figure.districtCode && figure.dimension === 'total') totals[figure.districtCode as DistrictCode] = figure.inhabitants;
  }
  return totals;
};

/**
 * The RecordReferencePopulation input: the real city figures by age and in total, the real
 * Binnenstad-Zuid total, and invented totals and gender splits for the rest, each marked invented.
 */
export const buildReferencePopulation = (real: readonly PopulationFigure[] = readRealFigures()): CommandInput<'RecordReferencePopulation'> => {
  const realDistricts = new Set(real.flatMap((f) => (f.districtCode ? [f.districtCode] : [])));
  const totals = districtTotals(real);
  const figures: FigureInput[] = [...real];
  for (const code of DISTRICT_CODES) {
    if (!realDistricts.has(code)) figures.push(invented(code, 'total', 'all', totals[code]));
  }
  for (const code of DISTRICT_CODES) figures.push(...genderFigures(code, totals[code]));
  return {
    processId: DEMO_PROCESS_ID,
    source:
      'Gemeente Leiden, Jaarverslag 2017 (BRP) en de pagina Wijken in Leiden (cijfers 2017); aangevuld met verzonnen demo-cijfers, die als verzonnen zijn gemarkeerd',
    referenceDate: '2017-01-01',
    figures,
  };
};
