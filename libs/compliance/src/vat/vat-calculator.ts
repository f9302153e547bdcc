import type { Money } from '@app/platform/money/money';
import {
  allocate,
  CurrencyMismatchError,
  multiply,
  multiplyByRatio,
  subtract,
  sum,
} from '@app/platform/money/money-arithmetic';
import { vatRateFor } from '../catalog/vat-for-goods';
import type { TaxCategory } from '../catalog/tax-categories';
import type { CountryCode, IsoDate } from '../markets/market.types';
import { toBasisPoints } from '../markets/vat-rates';

/**
 * Which VAT a line carries:
 * - `destination`: the rate of the member state the goods go to (Art. 33 of the VAT Directive
 *   2006/112/EC for intra-EU distance sales, domestic supplies alike);
 * - `origin-under-threshold`: the seller's own rate, for a seller established in one member state
 *   whose intra-EU distance sales stay within EUR 10,000 a year and who declares it (Art. 59c, as
 *   inserted by Directive (EU) 2017/2455; eu-rules.md section 3);
 * - `reverse-charge`: an intra-Community supply of goods to a buyer identified for VAT in another
 *   member state, exempt for the seller (Art. 138) and taxed by the buyer; eu-rules.md section 3.
 */
export type VatScheme = 'destination' | 'origin-under-threshold' | 'reverse-charge';

/**
 * The i18n key of the invoice mention a reverse-charged line needs (Art. 226(11) and (11a) of the
 * VAT Directive, recalled, not checked: a reference to the exemption, and "Reverse charge").
 * The text cites Art. 138 for goods: eu-rules.md says intra-EU B2B supplies of goods are exempt
 * under Art. 138 and reserves Art. 196 for services, which this calculator does not price.
 */
export const REVERSE_CHARGE_MENTION_KEY = 'vat:legalMention.reverseChargeIntraCommunitySupply';

export interface VatContext {
  /** Member state the seller is established in and ships from. */
  sellerCountry: CountryCode;
  /** Member state the goods are delivered to. */
  destination: CountryCode;
  /** Day of the supply: the rates in force that day apply. */
  date: IsoDate;
  /**
   * Member state of the buyer's VAT ID, only once the ID has been found valid (VIES); null or
   * absent for a consumer.
   */
  buyerVatIdCountry?: CountryCode | null;
  /** The seller declares its EU-wide distance sales stay within the EUR 10,000 threshold. */
  sellerUnderDistanceSalesThreshold?: boolean;
}

export interface VatLineInput {
  /** VAT-inclusive unit price, as the shopper sees it in the destination market. */
  unitPrice: Money;
  quantity: number;
  taxCategory: TaxCategory;
}

export interface VatAmounts {
  /** What the buyer pays: net + vat. */
  gross: Money;
  net: Money;
  vat: Money;
  ratePercent: number;
  scheme: VatScheme;
  /** i18n key of the mention the invoice must carry, or null. */
  legalMention: string | null;
}

export interface VendorOrderVat {
  lines: VatAmounts[];
  /** The shipping charge split by the rates of the goods it ships; empty without shipping. */
  shipping: VatAmounts[];
  totals: { gross: Money; net: Money; vat: Money };
}

export function vatSchemeFor(context: VatContext): VatScheme {
  const crossBorder = context.destination !== context.sellerCountry;
  const { buyerVatIdCountry } = context;
  // Art. 138(1): the goods leave the seller's member state and the buyer is identified for VAT in
  // a member state other than the one the dispatch starts from.
  if (crossBorder && buyerVatIdCountry && buyerVatIdCountry !== context.sellerCountry) {
    return 'reverse-charge';
  }
  if (crossBorder && context.sellerUnderDistanceSalesThreshold) return 'origin-under-threshold';
  return 'destination';
}

/** The rate charged for goods of a tax category under the scheme the context calls for. */
function chargedRate(context: VatContext, scheme: VatScheme, taxCategory: TaxCategory): number {
  if (scheme === 'origin-under-threshold') {
    return vatRateFor(context.sellerCountry, taxCategory, context.date);
  }
  return vatRateFor(context.destination, taxCategory, context.date);
}

/**
 * Splits a VAT-inclusive amount at `ratePercent`: vat = round(gross × rate / (100 + rate)), half-up
 * to the minor unit, net = gross − vat. Under reverse charge the buyer pays the net: the included
 * destination VAT is removed, and the line carries 0 % and the legal mention.
 */
function extractVat(inclusive: Money, ratePercent: number, scheme: VatScheme): VatAmounts {
  const basisPoints = BigInt(toBasisPoints(ratePercent));
  const includedVat = multiplyByRatio(inclusive, basisPoints, 10_000n + basisPoints);
  const net = subtract(inclusive, includedVat);
  if (scheme === 'reverse-charge') {
    return {
      gross: net,
      net,
      vat: { amount: 0, currency: net.currency },
      ratePercent: 0,
      scheme,
      legalMention: REVERSE_CHARGE_MENTION_KEY,
    };
  }
  return { gross: inclusive, net, vat: includedVat, ratePercent, scheme, legalMention: null };
}

/** VAT of one order line: unit price × quantity, VAT extracted and rounded once per line. */
export function calculateLineVat(line: VatLineInput, context: VatContext): VatAmounts {
  if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
    throw new RangeError(`quantity must be a positive integer: ${line.quantity}`);
  }
  if (line.unitPrice.amount < 0) throw new RangeError('unit price must not be negative');
  const scheme = vatSchemeFor(context);
  const rate = chargedRate(context, scheme, line.taxCategory);
  return extractVat(multiply(line.unitPrice, line.quantity), rate, scheme);
}

/**
 * VAT of one vendor order: its lines and its VAT-inclusive shipping charge. Transport charged by
 * the supplier belongs to the taxable amount of the goods (VAT Directive Art. 78(b), text at
 * datenbank.nwb.de/Dokument/452295_Article78), so it follows their VAT; with mixed rates it is
 * split in proportion to the lines' VAT-inclusive amounts (issue 10's rule) with `allocate`, and
 * the VAT is extracted from each part.
 */
export function calculateVendorOrderVat(
  lines: readonly VatLineInput[],
  shipping: Money | null,
  context: VatContext,
): VendorOrderVat {
  if (lines.length === 0) throw new RangeError('A vendor order needs at least one line');
  const currency = lines[0].unitPrice.currency;
  if (shipping && shipping.currency !== currency) {
    throw new CurrencyMismatchError(currency, shipping.currency);
  }
  if (shipping && shipping.amount < 0) throw new RangeError('shipping must not be negative');
  const scheme = vatSchemeFor(context);
  const lineAmounts = lines.map((line) => calculateLineVat(line, context));

  // Group the VAT-inclusive line amounts by the rate the goods are charged at (the destination's
  // rate under reverse charge, which is the VAT removed from the price), in order of appearance.
  const inclusiveByRate = new Map<number, Money[]>();
  lines.forEach((line) => {
    const rate = chargedRate(context, scheme, line.taxCategory);
    const inclusive = multiply(line.unitPrice, line.quantity);
    inclusiveByRate.set(rate, [...(inclusiveByRate.get(rate) ?? []), inclusive]);
  });
  // A rate whose goods are all free gets no share; if every line is free, an equal share each.
  const weighted = [...inclusiveByRate]
    .map(([rate, amounts]) => ({ rate, weight: sum(amounts, currency).amount }))
    .filter((part) => part.weight > 0);
  const shares =
    weighted.length > 0
      ? weighted
      : [...inclusiveByRate.keys()].map((rate) => ({ rate, weight: 1 }));
  const shippingAmounts =
    shipping === null || shipping.amount === 0
      ? []
      : allocate(
          shipping,
          shares.map((share) => share.weight),
        ).map((part, index) => extractVat(part, shares[index].rate, scheme));

  const all = [...lineAmounts, ...shippingAmounts];
  const total = (part: 'gross' | 'net' | 'vat'): Money =>
    sum(
      all.map((amounts) => amounts[part]),
      currency,
    );
  return {
    lines: lineAmounts,
    shipping: shippingAmounts,
    totals: { gross: total('gross'), net: total('net'), vat: total('vat') },
  };
}
