/** The 24 official languages of the EU (Regulation No 1/1958 as amended), ISO 639-1. */
export const SUPPORTED_LOCALES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const; // prettier-ignore
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Namespaces of the message files, `locales/<locale>/<namespace>.json`. */
export const NAMESPACES = [
  'errors',
  'validation',
  'notifications',
  'onboarding',
  'catalog',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export function isSupportedLocale(value: string): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}
