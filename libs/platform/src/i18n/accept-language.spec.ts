import { negotiateLocale } from './accept-language';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['FR-be', 'fr'],
    ['ja, pl;q=0.5', 'pl'],
    ['en;q=0.3, sv;q=0.9', 'sv'],
    ['fr;q=0.8, de;q=0.8', 'fr'],
    ['de;q=0, it', 'it'],
    ['da;q=0.1, *;q=0.5', 'da'],
    ['*', 'en'],
    ['ja, zh-CN', 'en'],
    ['ga-IE;q=1.0, en;q=0.5', 'ga'],
    ['mt;q=abc, lv;q=0.2', 'lv'],
    ['   ,  ;q=1, hr', 'hr'],
  ])('%j -> %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
