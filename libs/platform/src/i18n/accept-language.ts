import { DEFAULT_LOCALE, isSupportedLocale, type Locale } from './locales';

interface LanguageRange {
  tag: string;
  quality: number;
  order: number;
}

function parseAcceptLanguage(header: string): LanguageRange[] {
  return header
    .split(',')
    .map((part, order) => {
      const [rawTag, ...params] = part.trim().split(';');
      const qualityParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
      const quality = qualityParam === undefined ? 1 : Number(qualityParam.slice(2));
      return {
        tag: rawTag.trim().toLowerCase(),
        quality: Number.isFinite(quality) ? quality : 0,
        order,
      };
    })
    .filter((range) => range.tag.length > 0 && range.quality > 0 && range.quality <= 1);
}

/**
 * Picks the supported locale the client prefers (RFC 9110 §12.5.4): ranges by descending quality,
 * ties in header order; "de-AT" matches "de"; "*" or no match falls back to English.
 */
export function negotiateLocale(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = parseAcceptLanguage(header).sort(
    (a, b) => b.quality - a.quality || a.order - b.order,
  );
  for (const { tag } of ranges) {
    const primary = tag.split('-')[0];
    if (isSupportedLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
