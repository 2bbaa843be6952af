import type { CommandData, SealedPersonalData } from '@spoor/contracts';
import type { ContextReader } from '../../shared/use-case.js';

type PersonalInput = CommandData<'RegisterParticipant'>['personal'];

/** The vault stores strings; given fields only, so an empty object seals nothing. */
const fieldsOf = (personal: NonNullable<PersonalInput>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(personal)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => [field, String(value)]),
  );

/** Seals the plaintext personal fields of a registration in the vault, or undefined when there are none. */
export const sealPersonalData = (reader: ContextReader, participantId: string, personal: PersonalInput): SealedPersonalData | undefined => {
  if (personal === undefined) return undefined;
  const fields = fieldsOf(personal);
  if (Object.keys(fields).length === 0) return undefined;
  if (!reader.seal) throw new Error('personal: this ledger has no vault to seal personal data with');
  return reader.seal(participantId, fields);
};
