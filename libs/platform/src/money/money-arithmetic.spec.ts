import type { Money } from './money';
import {
  add,
  allocate,
  CurrencyMismatchError,
  formatMajorUnits,
  MoneyOverflowError,
  multiply,
  multiplyByRatio,
  parseMajorUnits,
  roundHalfUp,
  subtract,
  sum,
} from './money-arithmetic';

const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

describe('add, subtract, sum, multiply', () => {
  it.each([
    [1999, 1, 2000],
    [0, 0, 0],
    [-500, 200, -300],
  ])('%d + %d = %d', (left, right, expected) => {
    expect(add(eur(left), eur(right))).toEqual(eur(expected));
  });

  it.each([
    [1999, 1, 1998],
    [100, 250, -150],
  ])('%d - %d = %d', (left, right, expected) => {
    expect(subtract(eur(left), eur(right))).toEqual(eur(expected));
  });

  it('sums a list, and an empty list to zero in the given currency', () => {
    expect(sum([eur(1), eur(2), eur(3)], 'EUR')).toEqual(eur(6));
    expect(sum([], 'SEK')).toEqual({ amount: 0, currency: 'SEK' });
  });

  it.each([
    [1999, 3, 5997],
    [1999, 0, 0],
    [250, -2, -500],
  ])('%d × %d = %d', (amount, quantity, expected) => {
    expect(multiply(eur(amount), quantity)).toEqual(eur(expected));
  });

  it('refuses to combine currencies', () => {
    const sek: Money = { amount: 100, currency: 'SEK' };
    expect(() => add(eur(100), sek)).toThrow(CurrencyMismatchError);
    expect(() => subtract(eur(100), sek)).toThrow(CurrencyMismatchError);
    expect(() => sum([eur(1), sek], 'EUR')).toThrow(CurrencyMismatchError);
  });

  it('refuses fractional quantities and amounts, and results beyond the safe range', () => {
    expect(() => multiply(eur(100), 1.5)).toThrow(RangeError);
    expect(() => add(eur(0.5), eur(1))).toThrow(RangeError);
    expect(() => add(eur(Number.MAX_SAFE_INTEGER), eur(1))).toThrow(MoneyOverflowError);
    expect(() => multiply(eur(Number.MAX_SAFE_INTEGER), 2)).toThrow(MoneyOverflowError);
  });
});

describe('roundHalfUp', () => {
  it.each([
    // VAT in 19.99 EUR at 19 %: 1999 × 19 / 119 = 319.16…, where floats give 319.15999…
    [1999n * 19n, 119n, 319n],
    [1n, 2n, 1n], // exactly .5 rounds up
    [3n, 2n, 2n],
    [5n, 2n, 3n],
    [49n, 100n, 0n],
    [51n, 100n, 1n],
    [0n, 7n, 0n],
    [-1n, 2n, -1n], // a half away from zero on the negative side too
    [-49n, 100n, 0n],
    [-51n, 100n, -1n],
    [1n, -2n, -1n],
    [-3n, -2n, 2n],
    // far beyond 2^53 the result stays exact
    [10n ** 30n + 5n, 10n, 10n ** 29n + 1n],
  ])('%s / %s -> %s', (numerator, denominator, expected) => {
    expect(roundHalfUp(numerator, denominator)).toBe(expected);
  });

  it('refuses a zero denominator', () => {
    expect(() => roundHalfUp(1n, 0n)).toThrow(RangeError);
  });

  it('multiplyByRatio rounds the product half-up to the minor unit', () => {
    expect(multiplyByRatio(eur(1999), 1900n, 11_900n)).toEqual(eur(319));
    expect(multiplyByRatio(eur(1), 1n, 2n)).toEqual(eur(1));
    expect(multiplyByRatio(eur(-1), 1n, 2n)).toEqual(eur(-1));
  });
});

describe('allocate', () => {
  it.each([
    // total, weights, parts
    [100, [1, 1, 1], [34, 33, 33]], // the left-over cent goes to the earliest part on a tie
    [100, [1, 1, 1, 1], [25, 25, 25, 25]],
    [5, [3, 7], [2, 3]], // 1.5 / 3.5: equal remainders, the earliest wins
    [1, [1, 1], [1, 0]],
    [0, [2, 5], [0, 0]],
    [1000, [1], [1000]],
    [995, [2000, 1000], [663, 332]], // 663.33 / 331.67: the larger remainder wins
    [-100, [1, 1, 1], [-34, -33, -33]], // a refund splits like the sale
    [499, [1999, 2999, 1], [200, 299, 0]],
  ])('%d over %j -> %j', (total, weights, parts) => {
    expect(allocate(eur(total), weights)).toEqual(parts.map(eur));
  });

  it.each([[[]], [[1, 0]], [[1, -1]], [[1.5, 1]], [[Number.NaN]]])(
    'refuses the weights %j',
    (weights) => {
      expect(() => allocate(eur(100), weights)).toThrow(RangeError);
    },
  );

  it('always sums to the total, with each part within one minor unit of its exact share', () => {
    // A small deterministic generator (mulberry32), so that a failure reproduces.
    let seed = 20_261_201;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    for (let run = 0; run < 2_000; run += 1) {
      const total = Math.floor(random() * 2_000_000) - 500_000;
      const weights = Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => 1 + Math.floor(random() * (random() < 0.5 ? 10 : 1_000_000)),
      );
      const parts = allocate(eur(total), weights);
      expect(parts).toHaveLength(weights.length);
      expect(parts.reduce((acc, part) => acc + part.amount, 0)).toBe(total);
      const weightSum = weights.reduce((acc, weight) => acc + weight, 0);
      parts.forEach((part, index) => {
        expect(part.currency).toBe('EUR');
        expect(Math.abs(part.amount - (total * weights[index]) / weightSum)).toBeLessThan(1);
      });
    }
  });
});

describe('parseMajorUnits and formatMajorUnits', () => {
  it.each([
    ['19.99', 2, 1999, '19.99'],
    ['19.9', 2, 1990, '19.90'],
    ['19', 2, 1900, '19.00'],
    ['0.05', 2, 5, '0.05'],
    ['-0.05', 2, -5, '-0.05'],
    ['1500', 0, 1500, '1500'],
    ['12.345', 3, 12_345, '12.345'],
  ])('%s with %d digits <-> %d minor units', (text, digits, amount, formatted) => {
    expect(parseMajorUnits(text, 'EUR', digits)).toEqual(eur(amount));
    expect(formatMajorUnits(eur(amount), digits)).toBe(formatted);
  });

  it.each([['19.999'], ['1,99'], ['abc'], [''], ['1e3']])('refuses %j', (text) => {
    expect(() => parseMajorUnits(text, 'EUR', 2)).toThrow(RangeError);
  });
});
