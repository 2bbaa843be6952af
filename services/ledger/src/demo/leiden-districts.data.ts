/** The ten CBS districts (wijken) of Leiden, GM0546, with their real codes and names (CBS 2024). */
export const LEIDEN_DISTRICTS = [
  { code: 'WK054600', name: 'Binnenstad-Zuid' },
  { code: 'WK054601', name: 'Binnenstad-Noord' },
  { code: 'WK054602', name: 'Stationsdistrict' },
  { code: 'WK054603', name: 'Leiden-Noord' },
  { code: 'WK054604', name: 'Roodenburgerdistrict' },
  { code: 'WK054605', name: 'Bos- en Gasthuisdistrict' },
  { code: 'WK054606', name: 'Morsdistrict' },
  { code: 'WK054607', name: 'Boerhaavedistrict' },
  { code: 'WK054608', name: 'Merenwijkdistrict' },
  { code: 'WK054609', name: 'Stevenshofdistrict' },
] as const;

export type LeidenDistrict = (typeof LEIDEN_DISTRICTS)[number];
export type DistrictCode = LeidenDistrict['code'];

export const LEIDEN_MUNICIPALITY_CODE = 'GM0546';

export const DISTRICT_CODES: readonly DistrictCode[] = LEIDEN_DISTRICTS.map((d) => d.code);

export const districtName = (code: DistrictCode): string => LEIDEN_DISTRICTS.find((d) => d.code === code)?.name ?? code;

/**
 * Inhabitants per district on 1 January 2017. Only Binnenstad-Zuid (8,595) is a real figure, and it
 * is read from the reference CSV, not from here. The other nine are INVENTED for the demo, shaped
 * after what is publicly said about the districts (Roodenburgerdistrict the largest, Stationsdistrict
 * and Boerhaavedistrict small), so that all ten add up to the real city total of 123,753.
 */
export const INVENTED_DISTRICT_TOTALS: Readonly<Record<Exclude<DistrictCode, 'WK054600'>, number>> = {
  WK054601: 14960,
  WK054602: 3540,
  WK054603: 14875,
  WK054604: 21460,
  WK054605: 15480,
  WK054606: 15310,
  WK054607: 5120,
  WK054608: 13370,
  WK054609: 11043,
};

/** Invented share of women per district, and of `x` (the register kept only man and vrouw in 2017). */
export const INVENTED_GENDER_SHARES: Readonly<Record<DistrictCode, { vrouw: number; x: number }>> = {
  WK054600: { vrouw: 0.524, x: 0.006 },
  WK054601: { vrouw: 0.517, x: 0.006 },
  WK054602: { vrouw: 0.486, x: 0.005 },
  WK054603: { vrouw: 0.508, x: 0.003 },
  WK054604: { vrouw: 0.513, x: 0.004 },
  WK054605: { vrouw: 0.521, x: 0.003 },
  WK054606: { vrouw: 0.505, x: 0.003 },
  WK054607: { vrouw: 0.498, x: 0.004 },
  WK054608: { vrouw: 0.512, x: 0.002 },
  WK054609: { vrouw: 0.519, x: 0.002 },
};

/** Districts whose residents most often join a living room across the border. */
export const NEIGHBOURING_DISTRICTS: Readonly<Record<DistrictCode, readonly DistrictCode[]>> = {
  WK054600: ['WK054601', 'WK054604', 'WK054602'],
  WK054601: ['WK054600', 'WK054602', 'WK054603'],
  WK054602: ['WK054601', 'WK054606', 'WK054607'],
  WK054603: ['WK054601', 'WK054608', 'WK054604'],
  WK054604: ['WK054600', 'WK054603', 'WK054605'],
  WK054605: ['WK054606', 'WK054609', 'WK054604'],
  WK054606: ['WK054602', 'WK054605', 'WK054607'],
  WK054607: ['WK054602', 'WK054606', 'WK054601'],
  WK054608: ['WK054603', 'WK054604'],
  WK054609: ['WK054605', 'WK054606'],
};

/** What kind of population a district has, for the participants' age mix. */
export type DistrictProfile = 'student' | 'mixed' | 'family';

export const DISTRICT_PROFILES: Readonly<Record<DistrictCode, DistrictProfile>> = {
  WK054600: 'student',
  WK054601: 'student',
  WK054602: 'student',
  WK054603: 'mixed',
  WK054604: 'mixed',
  WK054605: 'family',
  WK054606: 'mixed',
  WK054607: 'student',
  WK054608: 'family',
  WK054609: 'family',
};
