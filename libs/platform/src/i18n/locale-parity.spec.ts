import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES_DIR } from './i18n.service';
import { NAMESPACES, SUPPORTED_LOCALES } from './locales';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') entries.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) entries.set(k, v);
  }
  return entries;
}

function read(locale: string, namespace: string): Map<string, string> {
  return flatten(
    JSON.parse(readFileSync(join(LOCALES_DIR, locale, `${namespace}.json`), 'utf8')) as Messages,
  );
}

const variablesOf = (message: string) =>
  (message.match(/{{\s*\w+\s*}}/g) ?? []).map((v) => v.replace(/\s/g, '')).sort();

describe.each(NAMESPACES)('locale files of namespace %s', (namespace) => {
  const english = read('en', namespace);

  it.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))(
    '%s has every English key and no other',
    (locale) => {
      expect([...read(locale, namespace).keys()].sort()).toEqual([...english.keys()].sort());
    },
  );

  it.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))(
    '%s uses the same interpolation variables',
    (locale) => {
      const translated = read(locale, namespace);
      for (const [key, message] of english) {
        expect({ key, variables: variablesOf(translated.get(key) ?? '') }).toEqual({
          key,
          variables: variablesOf(message),
        });
      }
    },
  );

  it.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))(
    '%s translates rather than copies most messages',
    (locale) => {
      const translated = read(locale, namespace);
      const copied = [...english].filter(
        ([key, message]) => translated.get(key) === message && /[a-z]{4}/.test(message),
      );
      expect(copied.length).toBeLessThanOrEqual(Math.floor(english.size / 4));
    },
  );
});
