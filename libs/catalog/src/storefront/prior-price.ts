export interface PricePoint {
  amount: number;
  recordedAt: Date;
}

const THIRTY_DAYS_MS = 30 * 24 * 3600 * 1000;

/**
 * The price to show next to a reduction (Directive 98/6/EC Art. 6a, as amended by the Omnibus
 * Directive 2019/2161): the lowest price applied in the 30 days before the reduction took
 * effect. Undefined when the current price is no reduction on the price before it.
 * `history` is ordered by time; its last point is the current price.
 */
export function priorPrice(history: readonly PricePoint[]): number | undefined {
  const current = history[history.length - 1];
  const previous = history[history.length - 2];
  if (!current || !previous || current.amount >= previous.amount) return undefined;
  const windowStart = current.recordedAt.getTime() - THIRTY_DAYS_MS;
  const earlier = history.slice(0, -1);
  const inForceAtStart = [...earlier]
    .reverse()
    .find((point) => point.recordedAt.getTime() <= windowStart);
  const inWindow = earlier.filter((point) => point.recordedAt.getTime() > windowStart);
  return Math.min(
    ...[inForceAtStart, ...inWindow].filter((p): p is PricePoint => !!p).map((p) => p.amount),
  );
}
