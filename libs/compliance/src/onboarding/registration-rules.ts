import type { MarketRegistrationRules } from './onboarding.types';

/**
 * Registrations that member states make marketplaces check before a seller may sell there. The
 * legal basis is cited in the language of the act, since it is shown inside localized messages.
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
      legalBasis:
        'VerpackG § 9 (Registrierung) und § 7 Abs. 7 (Prüfpflicht elektronischer Marktplätze seit 2022-07-01)',
    },
    {
      duty: 'weee',
      // Batteries have their own register (below); a seller of batteries alone needs no WEEE number.
      categories: ['electronics'],
      // stiftung ear WEEE-Reg.-Nr.: "DE" followed by 8 digits.
      pattern: /^DE\d{8}$/,
      example: 'DE12345678',
      // The marketplace check began on 2023-07-01, postponed from 2023-01-01 (reference, DE).
      legalBasis:
        'ElektroG § 6 Abs. 1 (Registrierung) und § 6 Abs. 2 (Prüfpflicht elektronischer Marktplätze seit 2023-07-01)',
    },
    {
      duty: 'batteries',
      categories: ['batteries'],
      // stiftung ear issues the number; its layout under the BattDG is not confirmed by the
      // reference, so only presence is checked.
      example: 'DE12345678',
      legalBasis:
        'BattDG § 5 Abs. 1 i. V. m. Verordnung (EU) 2023/1542 Art. 55 (Registrierung bei der stiftung ear vor der ersten Bereitstellung)',
    },
  ],
  FR: [
    {
      duty: 'eprUin',
      // The IDU's exact layout is not confirmed by the reference, so only presence is checked.
      example: 'FR123456_01ABCD',
      legalBasis:
        'Code de l’environnement, art. L.541-10-13 (IDU) et loi AGEC : obligation des places de marché depuis le 2022-01-01',
    },
  ],
  AT: [
    {
      duty: 'packagingRepresentative',
      foreignSellersOnly: true,
      example: 'Muster Bevollmächtigten GmbH, Wien',
      legalBasis:
        'Verpackungsverordnung 2014 § 16b: Bevollmächtigter in Österreich für ausländische Fernabsatzhändler (seit 2023-01-01)',
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
