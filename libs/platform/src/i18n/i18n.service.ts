import { Injectable } from '@nestjs/common';
import countries from 'i18n-iso-countries';
import i18next, { type i18n as I18next, type Resource } from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldError } from '../errors/domain-error';
import { PROJECT_ROOT } from '../project-root';
import { DEFAULT_LOCALE, NAMESPACES, SUPPORTED_LOCALES, type Locale } from './locales';

export type MessageVariables = Record<string, string | number>;

export const LOCALES_DIR = join(PROJECT_ROOT, 'locales');

/** Reads every `locales/<locale>/<namespace>.json` file; a missing file is a packaging error. */
export function loadLocaleResources(dir: string = LOCALES_DIR): Resource {
  const resources: Resource = {};
  for (const locale of SUPPORTED_LOCALES) {
    resources[locale] = {};
    for (const namespace of NAMESPACES) {
      const file = join(dir, locale, `${namespace}.json`);
      resources[locale][namespace] = JSON.parse(readFileSync(file, 'utf8')) as Record<
        string,
        unknown
      >;
    }
  }
  return resources;
}

/**
 * Country names in every supported locale from i18n-iso-countries (CLDR data), served as the
 * `countries` namespace so they are looked up like any other message: `countries:DE`.
 */
function countryNameResources(): Record<Locale, Record<string, string>> {
  const names = {} as Record<Locale, Record<string, string>>;
  for (const locale of SUPPORTED_LOCALES) {
    const file = require.resolve(`i18n-iso-countries/langs/${locale}.json`);
    countries.registerLocale(JSON.parse(readFileSync(file, 'utf8')) as countries.LocaleData);
    names[locale] = countries.getNames(locale, { select: 'official' });
  }
  return names;
}

/**
 * Translates message keys (`namespace:key.path`) into one of the 24 EU languages, falling back to
 * English for a key a locale lacks. Resources are read once, synchronously, at construction.
 */
@Injectable()
export class I18nService {
  private readonly i18n: I18next;

  constructor() {
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      initAsync: false,
      resources: loadLocaleResources(),
      ns: [...NAMESPACES, 'countries'],
      defaultNS: 'errors',
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...SUPPORTED_LOCALES],
      // Messages are JSON or plain text, never HTML.
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
    for (const [locale, names] of Object.entries(countryNameResources())) {
      this.i18n.addResourceBundle(locale, 'countries', names);
    }
  }

  translate(locale: Locale, key: string, variables: MessageVariables = {}): string {
    return this.i18n.t(key, { ...variables, lng: locale });
  }

  has(key: string): boolean {
    return this.i18n.exists(key, { lng: DEFAULT_LOCALE });
  }

  /** The message of a field error: its code's own text, or the generic one for an unknown code. */
  fieldMessage(locale: Locale, error: FieldError): string {
    const key = this.has(`validation:${error.code}`)
      ? `validation:${error.code}`
      : 'validation:invalid';
    return this.translate(locale, key, error.variables);
  }
}
