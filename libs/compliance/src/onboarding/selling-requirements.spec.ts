import { MEMBER_STATE_CODES, type CountryCode } from '../markets/market.types';
import { registrationInput } from './registration-input';
import { MARKET_REGISTRATION_RULES } from './registration-rules';
import { sellingRequirements } from './selling-requirements';

const fields = (home: CountryCode, market: CountryCode) =>
  sellingRequirements(home, [market], '2026-12-01')[0].registrations.map((r) => r.field);

describe('selling requirements', () => {
  it.each(MEMBER_STATE_CODES)('asks of a seller from %s every rule of a foreign market', (home) => {
    for (const market of MEMBER_STATE_CODES.filter((code) => code !== home)) {
      expect(fields(home, market)).toEqual(
        (MARKET_REGISTRATION_RULES[market] ?? []).map((r) => `registrations.${market}.${r.duty}`),
      );
    }
  });

  it('spares a local seller the duties of foreign sellers only (AT packaging representative)', () => {
    expect(fields('AT', 'AT')).toEqual([]);
    expect(fields('DE', 'AT')).toEqual(['registrations.AT.packagingRepresentative']);
  });

  it('gives the currency in force on the date and the EU languages of the market', () => {
    const [bulgaria] = sellingRequirements('DE', ['BG'], '2025-12-31');
    expect(bulgaria).toMatchObject({ currency: 'BGN', languages: ['bg'] });
    expect(sellingRequirements('DE', ['BG'], '2026-01-01')[0].currency).toBe('EUR');
    expect(sellingRequirements('DE', ['LU'], '2026-12-01')[0].languages).toEqual(['fr', 'de']);
  });
});

describe('registration input', () => {
  const problems = (market: string, body: unknown, home: 'DE' | 'AT' = 'DE') =>
    registrationInput(home, market, body, '2026-12-01').problems.map((p) => `${p.field}:${p.code}`);

  it('accepts the duties the market demands of the seller, trimmed', () => {
    expect(registrationInput('DE', 'fr', { eprUin: ' FR1 ' }, '2026-12-01')).toEqual({
      problems: [],
      registrations: { eprUin: 'FR1' },
    });
  });

  it('names every problem on the vendor’s field paths', () => {
    expect(problems('DE', { packaging: 'DE1', weee: 1, eprUin: 'x', batteries: '' })).toEqual([
      'registrations.DE.weee:isString',
      'registrations.DE.eprUin:isIn',
      'registrations.DE.batteries:isNotEmpty',
      'registrations.DE.packaging:registrationFormat',
    ]);
    expect(problems('AT', { packagingRepresentative: 'x' }, 'AT')).toEqual([
      'registrations.AT.packagingRepresentative:noRegistrationDuties',
    ]);
    expect(problems('FR', { eprUin: 'x'.repeat(101) })).toEqual([
      'registrations.FR.eprUin:maxLength',
    ]);
    expect(problems('XX', null)).toEqual(['market:unknownMarket', 'body:unknownValue']);
    expect(problems('FR', {})).toEqual(['body:isNotEmpty']);
  });
});
