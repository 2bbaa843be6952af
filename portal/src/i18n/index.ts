import type { Lang } from '../lib/routes';
import { en } from './en';
import { nl, type Messages } from './nl';

/**
 * A message tree that throws on a key it does not have. Astro templates are not type-checked by
 * the build, and a misspelt key would otherwise render as nothing on thousands of pages.
 */
const guarded = new WeakMap<object, object>();
const strict = <T extends object>(tree: T, path: string): T => {
  const known = guarded.get(tree);
  if (known) return known as T;
  const proxy = new Proxy(tree, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return value;
      if (value === undefined) throw new Error(`translation missing: ${path}.${key}`);
      return value !== null && typeof value === 'object' ? strict(value, `${path}.${key}`) : value;
    },
  });
  guarded.set(tree, proxy);
  return proxy;
};

const messages: Record<Lang, Messages> = { nl: strict(nl, 'nl'), en: strict(en, 'en') };

/** The user-facing texts of a page in its language (src/i18n/nl.ts first, en.ts the translation). */
export const t = (lang: Lang): Messages => messages[lang];

export type { Messages };
