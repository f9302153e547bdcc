import type { MarketRegistrationRules } from './onboarding.types';

/**
 * Registrations that member states make marketplaces check before a seller may sell there.
 * Sources: the project's reference (eu-rules.md, "Marketplace EPR checks", and eu-markets.json
 * marketplace_seller_obligations), which cites the national texts and secondary sources.
 */
export const MARKET_REGISTRATION_RULES: MarketRegistrationRules = {
  DE: [
    {
      duty: 'packaging',
      // LUCID registration numbers are "DE" followed by 13 digits.
      pattern: /^DE\d{13}$/,
      example: 'DE1234567890123',
      legalBasis: 'VerpackG §9 (registration) and §7(7) (marketplace check, since 2022-07-01)',
    },
    {
      duty: 'weee',
      categories: ['electronics', 'batteries'],
      // stiftung ear WEEE-Reg.-Nr.: "DE" followed by 8 digits.
      pattern: /^DE\d{8}$/,
      example: 'DE12345678',
      legalBasis: 'ElektroG §6(1) (registration) and §6(2) (marketplace check, since 2023-01-01)',
    },
  ],
  FR: [
    {
      duty: 'eprUin',
      // The IDU's exact layout is not confirmed by the reference, so only presence is checked.
      example: 'FR123456_01ABCD',
      legalBasis:
        'Code de l’environnement L.541-10-13 (IDU) and the AGEC law, marketplace REP duty since 2022-01-01',
    },
  ],
  AT: [
    {
      duty: 'packagingRepresentative',
      foreignSellersOnly: true,
      example: 'Muster Bevollmächtigten GmbH, Wien',
      legalBasis:
        'Verpackungsverordnung 2014 §16b: foreign distance sellers appoint an Austrian authorised representative (since 2023-01-01)',
    },
  ],
  ES: [
    {
      duty: 'packagingProducerRegister',
      // The number's layout is not confirmed by the reference, so only presence is checked.
      example: 'ENV/2023/000012345',
      legalBasis: 'Real Decreto 1055/2022 (registro de productores de producto, envases)',
    },
  ],
};
