import { ValidationFailedError } from '@app/platform';
import { buildSearchQuery, encodeCursor, isPlainQuery } from './search-query';

describe('isPlainQuery', () => {
  it.each([
    'Tasse',
    'weiße Tasse',
    'Wi-Fi Router',
    'orange Tasse',
    'T-Shirt',
    "Tasse's",
    'Tasse, Teller',
  ])('%s is words only', (words) => expect(isPlainQuery(words)).toBe(true));

  it.each([
    '"weiße Tasse"',
    'Tasse or Becher',
    'Tasse OR Becher',
    'Tasse -Henkel',
    '-Henkel',
    // Operators without spaces, as websearch_to_tsquery reads them.
    'Tasse (-Henkel)',
    'Tasse|-Henkel',
    'Tasse&-Henkel',
    'Tasse or,Becher',
    'Tasse (or Becher)',
    'Kaffee & Tee',
  ])('%s uses search operators', (words) => expect(isPlainQuery(words)).toBe(false));
});

describe('buildSearchQuery', () => {
  const uses = (sql: string, table: string) => new RegExp(`FROM ${table}\\b`).test(sql);

  it('reads the word index for a plain search in relevance order', () => {
    const { sql, sortKey } = buildSearchQuery('DE', 'EUR', 'en', { q: 'weiße Tasse' });
    expect(uses(sql, 'search_terms')).toBe(true);
    expect(sortKey).toBe('rank');
    // The shopper's language and the market's: one index walk each.
    expect(sql.match(/FROM search_terms s\b/g)).toHaveLength(2);
  });

  it('ranks every match through the GIN path for operators, filters or another order', () => {
    for (const query of [
      { q: 'Tasse or Becher' },
      { q: 'Tasse', maxPrice: 1000 },
      { q: 'Tasse', category: 'kitchen' },
      { q: 'Tasse', sort: 'price_asc' as const },
    ]) {
      const { sql } = buildSearchQuery('DE', 'EUR', 'de', query);
      expect(uses(sql, 'search_terms s')).toBe(false);
      expect(sql).toContain('websearch_to_tsquery');
    }
  });

  it('starts the next page from the words the cursor names, as parameters', () => {
    const id = '0b9f5d3e-8c4a-4e1f-9a6b-2d7c8e9f0a1b';
    const cursor = encodeCursor('0.5', id, { de: 'keram', en: 'ceram' });
    const { params } = buildSearchQuery('DE', 'EUR', 'en', { q: 'Keramik Becher', cursor });
    expect(params).toEqual(expect.arrayContaining(['keram', 'ceram', '0.5', id]));
  });

  it('refuses a cursor whose starting words are not words per language', () => {
    const id = '0b9f5d3e-8c4a-4e1f-9a6b-2d7c8e9f0a1b';
    for (const leads of [['keram'], { german: 'keram' }, { de: 42 }, { de: 'x'.repeat(101) }]) {
      const cursor = Buffer.from(JSON.stringify(['0.5', id, leads])).toString('base64url');
      expect(() => buildSearchQuery('DE', 'EUR', 'de', { q: 'Keramik', cursor })).toThrow(
        ValidationFailedError,
      );
    }
  });

  it('passes the words as a parameter, never in the SQL text', () => {
    const words = "Tasse'); DROP TABLE products; --";
    const { sql, params } = buildSearchQuery('DE', 'EUR', 'de', { q: words });
    expect(sql).not.toContain('DROP TABLE');
    expect(params).toContain(words);
  });
});
