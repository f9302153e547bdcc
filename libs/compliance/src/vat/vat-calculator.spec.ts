import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Money } from '@app/platform/money/money';
import {
  CurrencyMismatchError,
  formatMajorUnits,
  parseMajorUnits,
} from '@app/platform/money/money-arithmetic';
import { TAX_CATEGORIES, type TaxCategory } from '../catalog/tax-categories';
import { CURRENCY_MINOR_UNITS } from '../markets/currencies';
import { CURRENCY_CODES, type CountryCode, type CurrencyCode } from '../markets/market.types';
import { isMemberState } from '../markets/markets';
import {
  calculateLineVat,
  calculateVendorOrderVat,
  REVERSE_CHARGE_MENTION_KEY,
  vatSchemeFor,
  type VatAmounts,
  type VatContext,
} from './vat-calculator';

const DATE = '2026-12-01';
const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
const consumerFromGermany = (destination: CountryCode): VatContext => ({
  sellerCountry: 'DE',
  destination,
  date: DATE,
});

/** The figures of a result in minor units, for compact expectations. */
const figures = (amounts: VatAmounts) => ({
  gross: amounts.gross.amount,
  vat: amounts.vat.amount,
  net: amounts.net.amount,
  rate: amounts.ratePercent,
  scheme: amounts.scheme,
  currency: amounts.gross.currency,
});

describe('calculateLineVat', () => {
  it.each([
    // destination, category, unit price, currency, qty, rate, gross, vat, net
    ['FR', 'standard', 1999, 'EUR', 1, 20, 1999, 333, 1666], // 333.17
    ['FR', 'books', 1200, 'EUR', 2, 5.5, 2400, 125, 2275], // 125.12
    ['FR', 'newspapers', 250, 'EUR', 1, 2.1, 250, 5, 245], // 5.14
    ['HU', 'standard', 1_299_000, 'HUF', 1, 27, 1_299_000, 276_165, 1_022_835], // …165.35
    ['HU', 'books', 499_000, 'HUF', 1, 5, 499_000, 23_762, 475_238], // …761.90
    ['SE', 'standard', 24_900, 'SEK', 1, 25, 24_900, 4_980, 19_920], // exact
    ['SE', 'books', 19_900, 'SEK', 1, 6, 19_900, 1_126, 18_774], // 1126.42
    ['FI', 'standard', 1000, 'EUR', 1, 25.5, 1000, 203, 797], // 203.19
    ['DE', 'food', 1070, 'EUR', 1, 7, 1070, 70, 1000], // exact
    ['FR', 'standard', 0, 'EUR', 1, 20, 0, 0, 0],
  ] as const)(
    'DE seller -> %s consumer, %s: %d × %d %s at %d %%',
    (destination, category, unitPrice, currency, quantity, rate, gross, vat, net) => {
      const result = calculateLineVat(
        { unitPrice: { amount: unitPrice, currency }, quantity, taxCategory: category },
        consumerFromGermany(destination),
      );
      expect(figures(result)).toEqual({ gross, vat, net, rate, scheme: 'destination', currency });
      expect(result.legalMention).toBeNull();
    },
  );

  it('rounds an exact half up: 15.03 EUR at 20 % holds 2.505 EUR of VAT', () => {
    const line = calculateLineVat(
      { unitPrice: eur(1503), quantity: 1, taxCategory: 'standard' },
      consumerFromGermany('FR'),
    );
    expect(figures(line)).toMatchObject({ vat: 251, net: 1252 });
  });

  it('rounds once per line, not per unit', () => {
    // 501 / 6 = 83.5 per unit would round to 84, three times 252; the line's 250.5 gives 251.
    const line = calculateLineVat(
      { unitPrice: eur(501), quantity: 3, taxCategory: 'standard' },
      consumerFromGermany('FR'),
    );
    expect(figures(line)).toMatchObject({ gross: 1503, vat: 251, net: 1252 });
  });

  it('is exact where floats are not: 19.99 EUR at 19 % holds 3.19 EUR (319.16 cents)', () => {
    const line = calculateLineVat(
      { unitPrice: eur(1999), quantity: 1, taxCategory: 'standard' },
      consumerFromGermany('DE'),
    );
    expect(figures(line)).toMatchObject({ vat: 319, net: 1680, rate: 19 });
  });

  it('stays exact for amounts whose products exceed 2^53', () => {
    // 9e13 × 2000 basis points = 1.8e17 > 2^53: BigInt keeps it exact (VAT = gross / 6).
    const line = calculateLineVat(
      { unitPrice: eur(90_000_000_000_000), quantity: 1, taxCategory: 'standard' },
      consumerFromGermany('FR'),
    );
    expect(line.vat.amount).toBe(15_000_000_000_000);
  });

  it('reverse-charges a buyer with a VAT ID of another member state: net price, 0 %, mention', () => {
    const line = calculateLineVat(
      { unitPrice: eur(1999), quantity: 1, taxCategory: 'standard' },
      { ...consumerFromGermany('FR'), buyerVatIdCountry: 'FR' },
    );
    expect(figures(line)).toEqual({
      gross: 1666,
      vat: 0,
      net: 1666,
      rate: 0,
      scheme: 'reverse-charge',
      currency: 'EUR',
    });
    expect(line.legalMention).toBe(REVERSE_CHARGE_MENTION_KEY);
  });

  it('removes the destination rate of the category under reverse charge', () => {
    const line = calculateLineVat(
      { unitPrice: eur(1200), quantity: 2, taxCategory: 'books' },
      { ...consumerFromGermany('FR'), buyerVatIdCountry: 'FR' },
    );
    expect(figures(line)).toMatchObject({ gross: 2275, net: 2275, vat: 0, rate: 0 });
  });

  it('takes reverse charge over the threshold rule: the threshold covers consumers only', () => {
    const context: VatContext = {
      ...consumerFromGermany('FR'),
      buyerVatIdCountry: 'FR',
      sellerUnderDistanceSalesThreshold: true,
    };
    expect(vatSchemeFor(context)).toBe('reverse-charge');
  });

  it('charges VAT to a B2B buyer in the seller’s own country', () => {
    const line = calculateLineVat(
      { unitPrice: eur(1999), quantity: 1, taxCategory: 'standard' },
      { ...consumerFromGermany('DE'), buyerVatIdCountry: 'DE' },
    );
    expect(figures(line)).toMatchObject({ gross: 1999, vat: 319, rate: 19, scheme: 'destination' });
    expect(line.legalMention).toBeNull();
  });

  it.each([
    // seller, destination, buyer VAT ID country, expected scheme
    ['DE', 'FR', 'FR', 'reverse-charge'],
    ['DE', 'FR', 'AT', 'reverse-charge'], // Art. 138(1)(b): any member state but the seller's
    ['DE', 'FR', 'DE', 'destination'], // the buyer's ID is of the seller's own state
    ['DE', 'DE', 'FR', 'destination'], // the goods never leave Germany: no intra-EU supply
    ['DE', 'DE', 'DE', 'destination'],
    ['DE', 'FR', null, 'destination'],
  ] as const)('seller %s, goods to %s, buyer VAT ID of %s: %s', (seller, to, vatId, scheme) => {
    expect(
      vatSchemeFor({
        sellerCountry: seller,
        destination: to,
        date: DATE,
        buyerVatIdCountry: vatId,
      }),
    ).toBe(scheme);
  });

  it('charges a seller under the EUR 10,000 threshold its own country’s rate', () => {
    const context: VatContext = {
      ...consumerFromGermany('HU'),
      sellerUnderDistanceSalesThreshold: true,
    };
    const standard = calculateLineVat(
      { unitPrice: { amount: 1_299_000, currency: 'HUF' }, quantity: 1, taxCategory: 'standard' },
      context,
    );
    // 1 299 000 × 19 / 119 = 207 403.36 -> 207 403
    expect(figures(standard)).toEqual({
      gross: 1_299_000,
      vat: 207_403,
      net: 1_091_597,
      rate: 19,
      scheme: 'origin-under-threshold',
      currency: 'HUF',
    });
    const books = calculateLineVat(
      { unitPrice: eur(1200), quantity: 2, taxCategory: 'books' },
      context,
    );
    expect(figures(books)).toMatchObject({ vat: 157, rate: 7 });
  });

  it('keeps a threshold seller’s domestic sale on the destination scheme', () => {
    expect(
      vatSchemeFor({ ...consumerFromGermany('DE'), sellerUnderDistanceSalesThreshold: true }),
    ).toBe('destination');
  });

  it('uses the rates in force on the supply date', () => {
    const line = (date: string) =>
      calculateLineVat(
        { unitPrice: eur(1000), quantity: 1, taxCategory: 'food' },
        { sellerCountry: 'DE', destination: 'FI', date },
      );
    expect(line('2025-12-31').ratePercent).toBe(14);
    expect(line('2026-01-01').ratePercent).toBe(13.5);
  });

  it.each([[0], [-1], [1.5]])('refuses the quantity %d', (quantity) => {
    expect(() =>
      calculateLineVat(
        { unitPrice: eur(100), quantity, taxCategory: 'standard' },
        consumerFromGermany('FR'),
      ),
    ).toThrow(RangeError);
  });

  it('refuses a negative unit price', () => {
    expect(() =>
      calculateLineVat(
        { unitPrice: eur(-100), quantity: 1, taxCategory: 'standard' },
        consumerFromGermany('FR'),
      ),
    ).toThrow(RangeError);
  });

  it('keeps gross = net + vat for every category in every currency', () => {
    for (const taxCategory of TAX_CATEGORIES) {
      for (const amount of [1, 3, 99, 1503, 1999, 123_457]) {
        const line = calculateLineVat(
          { unitPrice: eur(amount), quantity: 1, taxCategory },
          consumerFromGermany('FR'),
        );
        expect(line.net.amount + line.vat.amount).toBe(line.gross.amount);
      }
    }
  });
});

describe('calculateVendorOrderVat', () => {
  const mixedOrder = [
    { unitPrice: eur(3000), quantity: 1, taxCategory: 'standard' as const },
    { unitPrice: eur(1000), quantity: 1, taxCategory: 'books' as const },
  ];

  it('splits shipping across two rates in proportion to the goods, without losing a cent', () => {
    const order = calculateVendorOrderVat(mixedOrder, eur(499), consumerFromGermany('FR'));
    expect(order.shipping.map(figures)).toEqual([
      { gross: 374, vat: 62, net: 312, rate: 20, scheme: 'destination', currency: 'EUR' },
      { gross: 125, vat: 7, net: 118, rate: 5.5, scheme: 'destination', currency: 'EUR' },
    ]);
    expect(order.totals).toEqual({ gross: eur(4499), vat: eur(621), net: eur(3878) });
  });

  it('gives all shipping to the one rate of a single-rate order', () => {
    const order = calculateVendorOrderVat(
      [mixedOrder[0], { ...mixedOrder[0], unitPrice: eur(500) }],
      eur(499),
      consumerFromGermany('FR'),
    );
    expect(order.shipping.map(figures)).toEqual([
      { gross: 499, vat: 83, net: 416, rate: 20, scheme: 'destination', currency: 'EUR' },
    ]);
  });

  it('reverse-charges shipping too: its destination VAT is removed', () => {
    const order = calculateVendorOrderVat(mixedOrder, eur(499), {
      ...consumerFromGermany('FR'),
      buyerVatIdCountry: 'BE',
    });
    // Goods 2500 + 948, shipping 312 + 118: the nets of the consumer case.
    expect(order.shipping.map((part) => part.gross.amount)).toEqual([312, 118]);
    expect(order.totals).toEqual({ gross: eur(3878), vat: eur(0), net: eur(3878) });
    expect(order.shipping.every((part) => part.legalMention === REVERSE_CHARGE_MENTION_KEY)).toBe(
      true,
    );
  });

  it('gives a free line’s rate no shipping, and splits equally when every line is free', () => {
    const withFreeBook = calculateVendorOrderVat(
      [mixedOrder[0], { ...mixedOrder[1], unitPrice: eur(0) }],
      eur(499),
      consumerFromGermany('FR'),
    );
    expect(withFreeBook.shipping.map((part) => part.ratePercent)).toEqual([20]);
    const allFree = calculateVendorOrderVat(
      mixedOrder.map((line) => ({ ...line, unitPrice: eur(0) })),
      eur(499),
      consumerFromGermany('FR'),
    );
    expect(allFree.shipping.map((part) => part.gross.amount)).toEqual([250, 249]);
  });

  it('has no shipping parts without a shipping charge', () => {
    expect(calculateVendorOrderVat(mixedOrder, null, consumerFromGermany('FR')).shipping).toEqual(
      [],
    );
    expect(calculateVendorOrderVat(mixedOrder, eur(0), consumerFromGermany('FR')).shipping).toEqual(
      [],
    );
  });

  it('refuses an empty order, mixed currencies and negative shipping', () => {
    const context = consumerFromGermany('FR');
    expect(() => calculateVendorOrderVat([], null, context)).toThrow(RangeError);
    expect(() =>
      calculateVendorOrderVat(mixedOrder, { amount: 4900, currency: 'SEK' }, context),
    ).toThrow(CurrencyMismatchError);
    expect(() =>
      calculateVendorOrderVat(
        [mixedOrder[0], { ...mixedOrder[1], unitPrice: { amount: 100, currency: 'SEK' } }],
        null,
        context,
      ),
    ).toThrow(CurrencyMismatchError);
    expect(() => calculateVendorOrderVat(mixedOrder, eur(-1), context)).toThrow(RangeError);
  });
});

describe('docs/vat.md', () => {
  const doc = readFileSync(join(__dirname, '../../../../docs/vat.md'), 'utf8');

  /** The body rows of the table between the markers, as trimmed cells. */
  function tableRows(name: string): string[][] {
    const start = doc.indexOf(`<!-- ${name}:start -->`);
    const end = doc.indexOf(`<!-- ${name}:end -->`);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    return doc
      .slice(start, end)
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .slice(2) // header and separator
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
  }

  function parseAmount(text: string): Money {
    const [number, currency] = text.split(' ');
    if (!(CURRENCY_CODES as readonly string[]).includes(currency)) {
      throw new Error(`Unknown currency in ${text}`);
    }
    return parseMajorUnits(number, currency, CURRENCY_MINOR_UNITS[currency as CurrencyCode]);
  }
  const formatAmount = (money: Money): string =>
    `${formatMajorUnits(money, CURRENCY_MINOR_UNITS[money.currency as CurrencyCode])} ${money.currency}`;
  const country = (text: string): CountryCode => {
    if (!isMemberState(text)) throw new Error(`Not a member state: ${text}`);
    return text;
  };
  const taxCategory = (text: string): TaxCategory => {
    if (!(TAX_CATEGORIES as readonly string[]).includes(text)) {
      throw new Error(`Not a tax category: ${text}`);
    }
    return text as TaxCategory;
  };

  const lineRows = tableRows('vat-lines');

  it('has worked examples', () => {
    expect(lineRows.length).toBeGreaterThanOrEqual(10);
  });

  it.each(lineRows.map((row) => [row.join(' | '), row]))('line %s', (_label, row) => {
    const [seller, destination, vatId, underThreshold, category, unitPrice, quantity] = row;
    const result = calculateLineVat(
      {
        unitPrice: parseAmount(unitPrice),
        quantity: Number(quantity),
        taxCategory: taxCategory(category),
      },
      {
        sellerCountry: country(seller),
        destination: country(destination),
        date: DATE,
        buyerVatIdCountry: vatId === 'none' ? null : country(vatId),
        sellerUnderDistanceSalesThreshold: underThreshold === 'yes',
      },
    );
    expect(row.slice(7)).toEqual([
      String(result.ratePercent),
      formatAmount(result.gross),
      formatAmount(result.vat),
      formatAmount(result.net),
      result.scheme,
    ]);
  });

  it('shipping example', () => {
    const rows = tableRows('vat-shipping');
    const goods = rows.filter((row) => row[0] === 'goods');
    const shippingRows = rows.filter((row) => row[0] === 'shipping');
    const shipping = eur(
      shippingRows.reduce((total, row) => total + parseAmount(row[3]).amount, 0),
    );
    const order = calculateVendorOrderVat(
      goods.map((row) => ({
        unitPrice: parseAmount(row[3]),
        quantity: 1,
        taxCategory: taxCategory(row[1]),
      })),
      shipping,
      consumerFromGermany('FR'),
    );
    const render = (kind: string, category: string, amounts: VatAmounts) => [
      kind,
      category,
      String(amounts.ratePercent),
      formatAmount(amounts.gross),
      formatAmount(amounts.vat),
      formatAmount(amounts.net),
    ];
    expect(rows).toEqual([
      ...order.lines.map((line, index) => render('goods', goods[index][1], line)),
      ...order.shipping.map((part, index) => render('shipping', shippingRows[index][1], part)),
      [
        'total',
        '',
        '',
        formatAmount(order.totals.gross),
        formatAmount(order.totals.vat),
        formatAmount(order.totals.net),
      ],
    ]);
  });
});
