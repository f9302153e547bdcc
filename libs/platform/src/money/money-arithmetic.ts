import type { Money } from './money';

/*
 * Exact arithmetic on Money. Amounts stay safe integers of minor units (the Money interface), but
 * every intermediate product is a BigInt, so a rate applied to a price never meets a float.
 *
 * The errors below are programming errors, not input errors: callers validate currencies and
 * quantities at the edge (a 4xx there) before doing arithmetic, so they are plain Errors here.
 */

/** Two amounts in different currencies were combined. */
export class CurrencyMismatchError extends Error {
  constructor(
    readonly left: string,
    readonly right: string,
  ) {
    super(`Cannot combine amounts in ${left} and ${right}`);
    this.name = 'CurrencyMismatchError';
  }
}

/** A result left the safe-integer range of the Money interface. */
export class MoneyOverflowError extends RangeError {
  constructor(amount: bigint, currency: string) {
    super(`Money amount out of range: ${amount} ${currency}`);
    this.name = 'MoneyOverflowError';
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function toMoney(amount: bigint, currency: string): Money {
  if (amount > MAX_SAFE || amount < -MAX_SAFE) throw new MoneyOverflowError(amount, currency);
  return { amount: Number(amount), currency };
}

function assertSafeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${name} must be a safe integer: ${value}`);
}

function assertSameCurrency(left: Money, right: Money): void {
  if (left.currency !== right.currency) {
    throw new CurrencyMismatchError(left.currency, right.currency);
  }
}

export function zero(currency: string): Money {
  return { amount: 0, currency };
}

export function add(left: Money, right: Money): Money {
  assertSameCurrency(left, right);
  assertSafeInteger(left.amount, 'amount');
  assertSafeInteger(right.amount, 'amount');
  return toMoney(BigInt(left.amount) + BigInt(right.amount), left.currency);
}

export function subtract(left: Money, right: Money): Money {
  assertSameCurrency(left, right);
  assertSafeInteger(left.amount, 'amount');
  assertSafeInteger(right.amount, 'amount');
  return toMoney(BigInt(left.amount) - BigInt(right.amount), left.currency);
}

/** The sum of `amounts`, all in `currency` (which also names the result of an empty list). */
export function sum(amounts: readonly Money[], currency: string): Money {
  return amounts.reduce(add, zero(currency));
}

/** A unit price times a whole quantity. */
export function multiply(money: Money, quantity: number): Money {
  assertSafeInteger(money.amount, 'amount');
  assertSafeInteger(quantity, 'quantity');
  return toMoney(BigInt(money.amount) * BigInt(quantity), money.currency);
}

/**
 * numerator / denominator rounded to the nearest integer, an exact half away from zero
 * (commercial rounding, so that a refund rounds like the sale it reverses).
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const absNumerator = numerator < 0n ? -numerator : numerator;
  const absDenominator = denominator < 0n ? -denominator : denominator;
  // floor((2n + d) / 2d) is n/d rounded half up for non-negative n and positive d.
  const rounded = (2n * absNumerator + absDenominator) / (2n * absDenominator);
  return negative ? -rounded : rounded;
}

/** money × numerator / denominator, rounded half-up to the minor unit. */
export function multiplyByRatio(money: Money, numerator: bigint, denominator: bigint): Money {
  assertSafeInteger(money.amount, 'amount');
  return toMoney(roundHalfUp(BigInt(money.amount) * numerator, denominator), money.currency);
}

/**
 * Splits `total` into one part per weight, proportional to the weights, so that the parts sum to
 * the total exactly: each part gets the floor of its share, and the minor units left over go one by
 * one to the parts with the largest remainders, ties to the earliest part (largest-remainder
 * method). Weights must be positive safe integers (e.g. the gross amounts of the lines).
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  assertSafeInteger(total.amount, 'amount');
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight <= 0) {
      throw new RangeError(`allocate weights must be positive safe integers: ${weight}`);
    }
  }
  // A negative total (a refund) is split like its absolute value, then negated.
  const sign = total.amount < 0 ? -1n : 1n;
  const amount = BigInt(total.amount) * sign;
  const weightSum = weights.reduce((acc, weight) => acc + BigInt(weight), 0n);
  const shares = weights.map((weight, index) => {
    const product = amount * BigInt(weight);
    return { index, floor: product / weightSum, remainder: product % weightSum };
  });
  let leftOver = amount - shares.reduce((acc, share) => acc + share.floor, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  const extra = new Array<bigint>(weights.length).fill(0n);
  for (const share of byRemainder) {
    if (leftOver === 0n) break;
    extra[share.index] = 1n;
    leftOver -= 1n;
  }
  return shares.map((share) => toMoney((share.floor + extra[share.index]) * sign, total.currency));
}

const DECIMAL_AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads a decimal amount in major units ("19.99") as Money in minor units. `minorDigits` is the
 * currency's ISO 4217 minor unit, passed in because the currency table lives in libs/compliance.
 * More decimals than the currency has are refused rather than rounded.
 */
export function parseMajorUnits(text: string, currency: string, minorDigits: number): Money {
  const match = DECIMAL_AMOUNT.exec(text.trim());
  const fraction = match?.[3] ?? '';
  if (!match || fraction.length > minorDigits) {
    throw new RangeError(`Not an amount in ${currency} with ${minorDigits} decimals: ${text}`);
  }
  const minor = BigInt(match[2] + fraction.padEnd(minorDigits, '0'));
  return toMoney(match[1] === '-' ? -minor : minor, currency);
}

/** Money as a decimal in major units with the currency's minor digits ("19.99"). */
export function formatMajorUnits(money: Money, minorDigits: number): string {
  assertSafeInteger(money.amount, 'amount');
  const digits = BigInt(Math.abs(money.amount))
    .toString()
    .padStart(minorDigits + 1, '0');
  const sign = money.amount < 0 ? '-' : '';
  if (minorDigits === 0) return sign + digits;
  return `${sign}${digits.slice(0, -minorDigits)}.${digits.slice(-minorDigits)}`;
}
