/** A sentence for the public, Dutch first, English second. */
export interface Localised {
  nl: string;
  en: string;
}

export type Language = keyof Localised;

/** A template per language; `{name}` is a placeholder, `{name|one|other}` a number with its noun in singular or plural. */
export type MessageTemplate = Localised;

/** A placeholder's value: the same in both languages, or a different one per language (dates, lists). */
export type MessageParam = string | number | Localised;

const pick = (value: MessageParam, language: Language): string => (typeof value === 'object' ? value[language] : String(value));

const fill = (template: string, params: Readonly<Record<string, MessageParam>>, language: Language): string =>
  template.replace(/\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g, (whole, name: string, one: string | undefined, other: string | undefined) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message placeholder {${name}} has no value in "${template}"`);
    if (one === undefined || other === undefined) return pick(value, language);
    const count = Number(pick(value, language));
    return `${count} ${count === 1 ? one : other}`;
  });

export const localise = (template: MessageTemplate, params: Readonly<Record<string, MessageParam>> = {}): Localised => ({
  nl: fill(template.nl, params, 'nl'),
  en: fill(template.en, params, 'en'),
});

const months: Record<Language, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2018-06-14` as "14 juni 2018" and "14 June 2018". */
export const formatDay = (isoDay: string): Localised => {
  const [year, month, day] = isoDay.slice(0, 10).split('-').map(Number);
  const name = (language: Language) => `${day} ${months[language][(month ?? 1) - 1] ?? ''} ${year}`;
  return { nl: name('nl'), en: name('en') };
};

/** "a, b en c" and "a, b and c". */
export const formatList = (items: readonly MessageParam[]): Localised => {
  const join = (language: Language, and: string) => {
    const words = items.map((item) => pick(item, language));
    return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1) ?? ''}`;
  };
  return { nl: join('nl', 'en'), en: join('en', 'and') };
};
