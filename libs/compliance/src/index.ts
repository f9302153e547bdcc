export * from './markets/currencies';
export * from './markets/market-data';
export * from './markets/market.types';
export * from './markets/markets';
export * from './markets/markets.module';
export * from './markets/markets.service';
export * from './markets/vat-rates';
export * from './validation/is-calendar-date';
