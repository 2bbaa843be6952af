import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REFERENCE_CSV, readRealFigures, resolveReferenceFile } from './reference-population.builder.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = path.resolve(here, '..', '..');

describe('the demo reference data', () => {
  it('is found beside the source, and from the compiled dist folder, which tsc leaves without data files', () => {
    const fromSource = resolveReferenceFile(REFERENCE_CSV, here);
    expect(fromSource).toBe(path.join(here, 'reference', REFERENCE_CSV));
    expect(existsSync(path.join(packageRoot, 'package.json'))).toBe(true);
    expect(resolveReferenceFile(REFERENCE_CSV, path.join(packageRoot, 'dist', 'demo'))).toBe(fromSource);
  });

  it('says clearly where it looked when the file is missing', () => {
    expect(() => resolveReferenceFile('no-such-file.csv', here)).toThrow(/no-such-file\.csv not found; looked in/);
  });

  it('reads the city figures by age that add up to the city total, and the Binnenstad-Zuid total', () => {
    const figures = readRealFigures();
    const ages = figures.filter((f) => f.dimension === 'age');
    expect(ages.map((f) => f.band)).toEqual(['0-17', '18-26', '27-39', '40-54', '55-64', '65-74', '75+']);
    expect(ages.reduce((sum, f) => sum + f.inhabitants, 0)).toBe(123753);
    expect(figures.filter((f) => f.districtCode)).toEqual([expect.objectContaining({ districtCode: 'WK054600', dimension: 'total', band: 'all', inhabitants: 8595 })]);
    for (const f of figures) expect(f.source).toMatch(/Gemeente Leiden/);
  });
});
