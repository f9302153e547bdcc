import { MARKET_DEFINITIONS } from './market-data';
import { MEMBER_STATE_CODES, type CountryCode, type MarketDefinition } from './market.types';

const byCode = new Map<string, MarketDefinition>(MARKET_DEFINITIONS.map((m) => [m.code, m]));

export function isMemberState(code: string): code is CountryCode {
  return (MEMBER_STATE_CODES as readonly string[]).includes(code);
}

/** The market for an ISO 3166-1 alpha-2 code in any letter case, or undefined outside the EU. */
export function findMarket(code: string): MarketDefinition | undefined {
  return byCode.get(code.toUpperCase());
}

export function allMarkets(): readonly MarketDefinition[] {
  return MARKET_DEFINITIONS;
}
