import { DistrictCodeSchema } from '@spoor/contracts';
import type { StartedProcess } from '../process/process-context.js';
import { bad, ok, type Parsed } from './cell-values.parser.js';
import { normaliseName } from './import-columns.model.js';

/**
 * Turns a district cell into the CBS code, against the process's own districts: a code
 * (`WK054600`, any case) or a name compared without case, accents, spaces or hyphens
 * ("binnenstad zuid" is Binnenstad-Zuid).
 */
export const districtResolver = (process: StartedProcess): ((cell: string) => Parsed<string>) => {
  const byName = new Map(process.districts.map((d) => [normaliseName(d.name), d.code]));
  const codes = new Set(process.districts.map((d) => d.code));
  const known = process.districts.map((d) => `${d.code} ${d.name}`).join(', ');
  const ownMunicipality = (code: string): boolean => code.slice(2, 6) === process.municipalityCode.slice(2);

  return (cell) => {
    if (cell === '') return bad('is empty; give the district as a CBS code (WK054600) or its name');
    const code = cell.toUpperCase().replace(/\s+/g, '');
    if (DistrictCodeSchema.safeParse(code).success) {
      if (codes.has(code)) return ok(code);
      if (codes.size === 0 && ownMunicipality(code)) return ok(code);
      return bad(`${code} is not a district of process ${process.processId}${codes.size > 0 ? ` (its districts: ${known})` : ` (municipality ${process.municipalityCode})`}`);
    }
    const named = byName.get(normaliseName(cell));
    if (named) return ok(named);
    if (codes.size === 0) return bad(`"${cell}" is not a CBS district code, and process ${process.processId} lists no district names; write the code, e.g. WK${process.municipalityCode.slice(2)}00`);
    return bad(`unknown district "${cell}"; write a CBS code or a name of process ${process.processId}: ${known}`);
  };
};
