import { ErrorCode, SpoorError } from '@spoor/contracts';

/** Refuses a command whose target does not exist. */
export const mustExist = <S extends { status: string }>(state: S, what: string, id: string): Exclude<S, { status: 'none' }> => {
  if (state.status === 'none') throw new SpoorError(ErrorCode.NotFound, `${what} ${id} does not exist`);
  return state as Exclude<S, { status: 'none' }>;
};

/** Refuses to create what already exists. */
export const mustBeNew = (state: { status: string }, what: string, id: string): void => {
  if (state.status !== 'none') throw new SpoorError(ErrorCode.AlreadyExists, `${what} ${id} already exists`);
};

/** A district code belongs to a municipality when its digits continue the municipality's (WK0546xx in GM0546). */
export const mustBeDistrictOf = (districtCode: string, municipalityCode: string, field = 'districtCode'): void => {
  if (districtCode.slice(2, 6) !== municipalityCode.slice(2)) {
    throw new SpoorError(ErrorCode.BadUserInput, `${field}: ${districtCode} is not a district of municipality ${municipalityCode}`, field);
  }
};

export const forbidden = (message: string): SpoorError => new SpoorError(ErrorCode.Forbidden, message);
