/**
 * PostgreSQL text-search configuration per EU language; languages PostgreSQL has no stemmer for
 * use `simple` (exact words, lower-cased), which still finds whole-word matches.
 */
const CONFIGS: Readonly<Record<string, string>> = {
  da: 'danish', de: 'german', el: 'greek', en: 'english', es: 'spanish', fi: 'finnish', fr: 'french',
  ga: 'irish', hu: 'hungarian', it: 'italian', lt: 'lithuanian', nl: 'dutch', pt: 'portuguese',
  ro: 'romanian', sv: 'swedish',
}; // prettier-ignore

export function searchConfigFor(language: string): string {
  return CONFIGS[language] ?? 'simple';
}
