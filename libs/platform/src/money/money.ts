import type { ValueTransformer } from 'typeorm';

/** An amount in the currency's minor units (cents) and its ISO 4217 code; never a float. */
export interface Money {
  amount: number;
  currency: string;
}

/**
 * Money amounts are stored as bigint, which the pg driver returns as text. Amounts stay far
 * below 2^53 minor units, so they are safe as JavaScript numbers; anything larger is refused.
 */
export const minorUnitsColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const amount = Number(value);
    if (!Number.isSafeInteger(amount)) throw new Error(`Money amount out of range: ${value}`);
    return amount;
  },
};
