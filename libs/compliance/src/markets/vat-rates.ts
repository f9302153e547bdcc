import { VAT_RECORDS_START } from './market-data';
import {
  VAT_RATE_KINDS,
  type CurrencyCode,
  type EffectivePeriod,
  type IsoDate,
  type MarketDefinition,
  type VatRateEvidence,
  type VatRateKind,
} from './market.types';

/** One rate in force, with its period and the evidence behind it. */
export interface VatRateInForce extends VatRateEvidence {
  kind: VatRateKind;
  percent: number;
  /** First day in force; null when in force since before the records begin. */
  from: IsoDate | null;
  /** First day no longer in force (exclusive); null while no end is known. */
  to: IsoDate | null;
}

/** The VAT rates of one member state in force on a date, in percent. */
export interface VatRatesInForce {
  standard: number;
  /** The date the standard rate in force took effect. */
  standardSince: IsoDate | null;
  reduced: number[];
  superReduced: number | null;
  parking: number | null;
  /** Every rate in force, by kind then percent: a rate of two kinds appears once per kind. */
  details: VatRateInForce[];
  /** True when every rate in `details` is confirmed. */
  allConfirmed: boolean;
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
  const percentsOf = (kind: VatRateKind) =>
    inForce
      .filter((record) => record.kind === kind)
      .map((record) => record.percent)
      .sort((a, b) => a - b);
  const details = inForce
    .map((record): VatRateInForce => ({
      kind: record.kind,
      percent: record.percent,
      from: record.from ?? null,
      to: record.to ?? null,
      confirmed: record.confirmed,
      source: record.source,
      legalBasis: record.legalBasis,
    }))
    .sort(
      (a, b) =>
        VAT_RATE_KINDS.indexOf(a.kind) - VAT_RATE_KINDS.indexOf(b.kind) || a.percent - b.percent,
    );
  return {
    standard: standard.percent,
    standardSince: standard.from ?? null,
    reduced: percentsOf('reduced'),
    superReduced: percentsOf('superReduced')[0] ?? null,
    parking: percentsOf('parking')[0] ?? null,
    details,
    allConfirmed: details.every((detail) => detail.confirmed),
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
