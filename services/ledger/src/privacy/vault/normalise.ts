/**
 * How a personal field is normalised before it is committed to, so that the same fact typed twice
 * gives the same commitment. Every field gets Unicode NFC and trimmed ends; the known fields below
 * get more. Only commitments use this: the sealed ciphertext keeps the value exactly as given.
 *
 * | field       | normalisation                                                     |
 * |-------------|-------------------------------------------------------------------|
 * | `email`     | NFC, trim, lower-case                                             |
 * | `phone`     | NFC, trim, drop spaces, dots, dashes, slashes and brackets        |
 * | `name`      | NFC, trim, runs of whitespace to one space, lower-case            |
 * | `address`   | NFC, trim, runs of whitespace to one space, lower-case            |
 * | `birthYear` | NFC, trim                                                         |
 * | `notes`     | NFC, trim (free text: committed only so the log can refer to it)  |
 * | any other   | NFC, trim                                                         |
 */
const base = (value: string): string => value.normalize('NFC').trim();
const collapse = (value: string): string => base(value).replace(/\s+/gu, ' ');

// A Map, not an object literal: a field called `constructor` must not find Object's prototype.
const byField: ReadonlyMap<string, (value: string) => string> = new Map([
  ['email', (value: string) => base(value).toLowerCase()],
  ['phone', (value: string) => base(value).replace(/[\s.\-/()]/gu, '')],
  ['name', (value: string) => collapse(value).toLowerCase()],
  ['address', (value: string) => collapse(value).toLowerCase()],
]);

export const normaliseField = (field: string, value: string): string => (byField.get(field) ?? base)(value);
