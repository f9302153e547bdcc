import { marketProblems, type ProductForCompliance } from '../catalog/product-compliance';
import { findLegalForm, onboardingRequirements } from './onboarding-requirements';
import { MARKET_REGISTRATION_RULES } from './registration-rules';

const text = { title: 'T', description: 'D', safetyInformation: 'S' };
const operator = { name: 'M', address: 'A', email: 'm@m.eu', country: 'DE' };
const product = (kind: ProductForCompliance['sellerCategory']): ProductForCompliance => ({
  translations: { de: text },
  sellerCategory: kind,
  manufacturer: operator,
  responsiblePerson: null,
});
const seller = (registrations: Record<string, string>) => ({
  id: '5d0c1c8e-0000-4000-8000-000000000002',
  country: 'DE' as const,
  status: 'approved',
  registrations: { DE: { packaging: 'DE1234567890123', ...registrations } },
});
const offer = { priceCurrencies: ['EUR'], marketPrices: [] };
const missing = (kind: ProductForCompliance['sellerCategory'], registrations = {}) =>
  marketProblems('DE', product(kind), seller(registrations), offer, '2026-11-26').map(
    (p) => p.field,
  );

describe('German producer registrations', () => {
  it('keeps batteries and electrical equipment in their own registers', () => {
    const duties = (MARKET_REGISTRATION_RULES.DE ?? []).map((r) => [r.duty, r.categories]);
    expect(duties).toEqual(
      expect.arrayContaining([
        ['weee', ['electronics']],
        ['batteries', ['batteries']],
      ]),
    );
  });

  it('asks a batteries listing for the battery registration, not the WEEE number', () => {
    expect(missing('batteries')).toEqual(['markets.DE.registrations.batteries']);
    expect(missing('batteries', { batteries: 'DE12345678' })).toEqual([]);
    expect(missing('electronics')).toEqual(['markets.DE.registrations.weee']);
  });

  it('asks an electronics seller at onboarding for both numbers, each with its legal basis', () => {
    const gmbh = findLegalForm('DE', 'gmbh');
    if (!gmbh) throw new Error('no GmbH');
    const fields = onboardingRequirements('DE', gmbh).fields;
    const batteries = fields.find((f) => f.field === 'registrations.DE.batteries');
    expect(batteries).toMatchObject({ whenCategories: expect.arrayContaining(['electronics']) });
    expect(batteries?.legalBasis).toEqual({ national: 'BattDG §5(1)' });
    expect(fields.map((f) => f.field)).toContain('registrations.DE.weee');
  });

  // They are shown inside messages in all 24 languages, so they carry no words of one language.
  it.each(Object.entries(MARKET_REGISTRATION_RULES))(
    'cites the legal bases of %s as act and article only',
    (_market, rules) => {
      for (const rule of rules ?? [])
        expect(rule.legalBasis).toMatch(
          /^(VerpackG|ElektroG|BattDG|Verpackungsverordnung 2014|Code de l'environnement, art\.|Real Decreto 1055\/2022, art\.) ?§?[\dL.()a-z-]+$/,
        );
    },
  );
});
