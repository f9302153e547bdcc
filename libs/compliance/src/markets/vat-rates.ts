import { VAT_RECORDS_START } from './market-data';
import type { CurrencyCode, EffectivePeriod, IsoDate, MarketDefinition } from './market.types';

/** The VAT rates of one member state in force on a date, in percent. */
export interface VatRatesInForce {
  standard: number;
  /** The date the standard rate in force took effect. */
  standardSince: IsoDate | null;
  reduced: number[];
  superReduced: number | null;
  parking: number | null;
}

export function isInForce(period: EffectivePeriod, date: IsoDate): boolean {
  return (
    (period.from === undefined || period.from <= date) &&
    (period.to === undefined || date < period.to)
  );
}

/** True when `date` lies in the span the VAT records cover (from VAT_RECORDS_START on). */
export function isCoveredByVatRecords(date: IsoDate): boolean {
  return date >= VAT_RECORDS_START;
}

/**
 * The rates in force on `date`. The data holds exactly one standard rate for every covered date
 * (a unit test checks that for all 27 markets), so a missing one is a data error, not a caller's.
 */
export function vatRatesOn(market: MarketDefinition, date: IsoDate): VatRatesInForce {
  const inForce = market.vatRates.filter((record) => isInForce(record, date));
  const standard = inForce.find((record) => record.kind === 'standard');
  if (!standard) {
    throw new Error(`No standard VAT rate recorded for ${market.code} on ${date}`);
  }
  const percentsOf = (kind: string) =>
    inForce
      .filter((record) => record.kind === kind)
      .map((record) => record.percent)
      .sort((a, b) => a - b);
  return {
    standard: standard.percent,
    standardSince: standard.from ?? null,
    reduced: percentsOf('reduced'),
    superReduced: percentsOf('superReduced')[0] ?? null,
    parking: percentsOf('parking')[0] ?? null,
  };
}

export function currencyOn(market: MarketDefinition, date: IsoDate): CurrencyCode {
  const record = market.currencies.find((candidate) => isInForce(candidate, date));
  if (!record) {
    throw new Error(`No currency recorded for ${market.code} on ${date}`);
  }
  return record.code;
}

/** A percentage as an integer in hundredths of a percent (25.5 % -> 2550), for exact money arithmetic. */
export function toBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in the market's own time zone. */
export function todayIn(market: MarketDefinition, now: Date = new Date()): IsoDate {
  let format = dateFormats.get(market.timeZone);
  if (!format) {
    // The en-CA locale formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone: market.timeZone });
    dateFormats.set(market.timeZone, format);
  }
  return format.format(now);
}
