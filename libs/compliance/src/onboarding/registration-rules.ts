import type { CountryCode } from '../markets/market.types';
import type { MarketRegistrationRules, RegistrationRule } from './onboarding.types';

/**
 * Registrations that member states make marketplaces check before a seller may sell there. The
 * legal basis is a bare citation (act and article, as the act cites itself), since it is shown
 * inside messages in every language (`onboarding-requirements`, `validation:registrationMissing`);
 * what the article says is explained here, in comments.
 * Sources: the project's reference (eu-rules.md, "Marketplace EPR checks", and eu-markets.json
 * marketplace_seller_obligations), which cites the national texts and secondary sources.
 */
export const MARKET_REGISTRATION_RULES: MarketRegistrationRules = {
  DE: [
    {
      duty: 'packaging',
      // LUCID registration numbers are "DE" followed by 13 digits.
      pattern: /^DE\d{13}$/,
      format: 'DE#############',
      example: 'DE1234567890123',
      // §9: producers register with LUCID before placing packaging on the market; §7(7): since
      // 2022-07-01 marketplaces must not offer packaging of unregistered producers.
      legalBasis: 'VerpackG §9',
    },
    {
      duty: 'weee',
      // Batteries have their own register (below); a seller of batteries alone needs no WEEE number.
      categories: ['electronics'],
      // stiftung ear WEEE-Reg.-Nr.: "DE" followed by 8 digits.
      pattern: /^DE\d{8}$/,
      format: 'DE########',
      example: 'DE12345678',
      // The marketplace check began on 2023-07-01, postponed from 2023-01-01 (reference, DE).
      // §6(1): producers register with stiftung ear; §6(2): marketplaces must check it, since
      // 2023-07-01.
      legalBasis: 'ElektroG §6(1)',
    },
    {
      duty: 'batteries',
      categories: ['batteries'],
      // stiftung ear issues the number; its layout under the BattDG is not confirmed by the
      // reference, so only presence is checked.
      example: 'DE12345678',
      // Registration with stiftung ear before first making batteries available, implementing the
      // producer register of the Batteries Regulation (EU) 2023/1542, Art. 55.
      legalBasis: 'BattDG §5(1)',
    },
  ],
  FR: [
    {
      duty: 'eprUin',
      // The IDU's exact layout is not confirmed by the reference, so only presence is checked.
      example: 'FR123456_01ABCD',
      // The identifiant unique (IDU) of a producer under extended producer responsibility; under
      // the AGEC law marketplaces must check it since 2022-01-01.
      legalBasis: "Code de l'environnement, art. L.541-10-13",
    },
  ],
  AT: [
    {
      duty: 'packagingRepresentative',
      foreignSellersOnly: true,
      example: 'Muster Bevollmächtigten GmbH, Wien',
      // A distance seller established abroad appoints an authorised representative in Austria
      // (since 2023-01-01).
      legalBasis: 'Verpackungsverordnung 2014 §16b',
    },
  ],
  ES: [
    {
      duty: 'packagingProducerRegister',
      // The number's layout is not confirmed by the reference, so only presence is checked.
      example: 'ENV/2023/000012345',
      // Art. 15: inscription in the packaging section of the Registro de Productores de
      // Productos; the number it assigns goes on invoices (art. 15.3). Article as quoted by the
      // Cámara de Comercio de Alicante (camaralicante.com), not checked against the BOE text.
      legalBasis: 'Real Decreto 1055/2022, art. 15',
    },
  ],
};

/**
 * The registrations `market` demands of a seller established in `home`: all of its rules, except
 * those for foreign sellers when the seller is established there. Listings are checked against
 * these (marketProblems) and the selling requirements announce them, so both say the same.
 */
export function marketRegistrations(home: CountryCode, market: CountryCode): RegistrationRule[] {
  return (MARKET_REGISTRATION_RULES[market] ?? []).filter(
    (rule) => !rule.foreignSellersOnly || home !== market,
  );
}

/** Where a seller adds or changes its registrations for a market, as a listing's 422 names it. */
export function registrationEndpoint(vendorId: string, market: CountryCode): string {
  return `PUT /v1/vendors/${vendorId}/registrations/${market}`;
}
