import {
  consumerLanguages,
  gpsrProblems,
  marketProblems,
  type ProductForCompliance,
  type SellerForCompliance,
} from './product-compliance';

const text = { title: 'T', description: 'D', safetyInformation: 'S' };
const manufacturer = { name: 'M', address: 'A', email: 'm@m.eu', country: 'DE' };
const product: ProductForCompliance = {
  translations: { de: text },
  sellerCategory: 'home',
  manufacturer,
  responsiblePerson: null,
};
const seller: SellerForCompliance = {
  id: '5d0c1c8e-0000-4000-8000-000000000001',
  country: 'DE',
  status: 'approved',
  registrations: { DE: { packaging: 'DE1234567890123' } },
};
const euroOffer = { priceCurrencies: ['EUR'], marketPrices: [] };

const codes = (problems: Array<{ field: string; code: string }>) =>
  problems.map((p) => `${p.field}:${p.code}`);

describe('product compliance', () => {
  it('reads a market’s consumer languages among the EU official ones', () => {
    expect(consumerLanguages('BE')).toEqual(['nl', 'fr', 'de']);
    expect(consumerLanguages('LU')).toEqual(['fr', 'de']);
    expect(consumerLanguages('CY')).toEqual(['el']);
  });

  it('lets a complete German product serve Germany and Austria', () => {
    expect(marketProblems('DE', product, seller, euroOffer, '2026-11-26')).toEqual([]);
    expect(codes(marketProblems('AT', product, seller, euroOffer, '2026-11-26'))).toEqual([
      // A German seller reaching Austrian consumers needs an Austrian packaging representative.
      'markets.AT.registrations.packagingRepresentative:registrationMissing',
    ]);
  });

  it('asks for texts in a language of the market', () => {
    expect(codes(marketProblems('FR', product, seller, euroOffer, '2026-11-26'))).toEqual([
      'markets.FR.translations:translationMissing',
      // France makes marketplaces collect the EPR identifier of every seller reaching its consumers.
      'markets.FR.registrations.eprUin:registrationMissing',
    ]);
    // The problem names the vendor field to fill and the call that fills it.
    expect(
      marketProblems('FR', product, seller, euroOffer, '2026-11-26').find(
        (problem) => problem.code === 'registrationMissing',
      )?.variables,
    ).toEqual({
      legalBasis: "Code de l'environnement, art. L.541-10-13",
      registration: 'registrations.FR.eprUin',
      endpoint: `PUT /v1/vendors/${seller.id}/registrations/FR`,
    });
    expect(
      marketProblems(
        'BE',
        { ...product, translations: { fr: text } },
        seller,
        euroOffer,
        '2026-11-26',
      ),
    ).toEqual([]);
  });

  it('asks for a price in the market’s currency in force on the date', () => {
    const bulgaria = { ...product, translations: { bg: text } };
    expect(
      codes(
        marketProblems(
          'BG',
          bulgaria,
          seller,
          { priceCurrencies: ['EUR'], marketPrices: [] },
          '2025-12-31',
        ),
      ),
    ).toEqual(['markets.BG.price:priceMissing']);
    expect(
      marketProblems(
        'BG',
        bulgaria,
        seller,
        { priceCurrencies: ['EUR'], marketPrices: [] },
        '2026-01-01',
      ),
    ).toEqual([]);
  });

  it('requires an EU responsible person for a manufacturer outside the EU', () => {
    const imported = { ...product, manufacturer: { ...manufacturer, country: 'CN' } };
    expect(codes(gpsrProblems(imported))).toEqual(['responsiblePerson:responsiblePersonRequired']);
    expect(
      codes(gpsrProblems({ ...imported, responsiblePerson: { ...manufacturer, country: 'US' } })),
    ).toEqual(['responsiblePerson.country:unknownMarket']);
    expect(gpsrProblems({ ...imported, responsiblePerson: manufacturer })).toEqual([]);
    expect(codes(gpsrProblems({ ...product, manufacturer: null }))).toEqual([
      'manufacturer.name:required',
      'manufacturer.address:required',
      'manufacturer.email:required',
      'manufacturer.country:required',
    ]);
  });
});
