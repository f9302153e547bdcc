import { isSupportedLocale } from '@app/platform';
import type { OnboardingProblem } from '../onboarding/onboarding-requirements';
import type { ProductKind, RegistrationDuty } from '../onboarding/onboarding.types';
import { marketRegistrations, registrationEndpoint } from '../onboarding/registration-rules';
import { currencyOn } from '../markets/vat-rates';
import { findMarket, isMemberState } from '../markets/markets';
import type { CountryCode, IsoDate } from '../markets/market.types';

export interface ProductText {
  title?: string;
  description?: string;
  safetyInformation?: string;
}

export interface EconomicOperator {
  name: string;
  address: string;
  email: string;
  /** ISO 3166-1 alpha-2 of the operator's establishment. */
  country: string;
}

export interface ProductForCompliance {
  translations: Readonly<Record<string, ProductText>>;
  sellerCategory: ProductKind;
  manufacturer: EconomicOperator | null;
  responsiblePerson: EconomicOperator | null;
}

export interface SellerForCompliance {
  /** The vendor's id, for the endpoint a missing registration is added with. */
  id: string;
  country: CountryCode;
  status: string;
  registrations: Readonly<
    Partial<Record<string, Readonly<Partial<Record<RegistrationDuty, string>>>>>
  >;
}

export interface OfferForCompliance {
  /** Currencies the offer has a price in, plus markets with their own price. */
  priceCurrencies: readonly string[];
  marketPrices: readonly string[];
}

const filled = (value: string | undefined) => typeof value === 'string' && value.trim().length > 0;

/** The EU official languages a market's consumers read (Luxembourgish and Turkish are not among them). */
export function consumerLanguages(market: CountryCode): string[] {
  return (findMarket(market)?.languages ?? []).filter(isSupportedLocale);
}

/**
 * Product safety data every listing must show, GPSR (Regulation (EU) 2023/988) Art. 19: the
 * manufacturer's name, postal and electronic address; and where the manufacturer is established
 * outside the Union, the responsible person in the Union (Art. 16(1), Art. 4 of Regulation (EU)
 * 2019/1020), with the same details.
 */
export function gpsrProblems(product: ProductForCompliance): OnboardingProblem[] {
  const problems: OnboardingProblem[] = [];
  const operatorProblems = (field: string, operator: EconomicOperator | null) =>
    (['name', 'address', 'email', 'country'] as const)
      .filter((key) => !operator || !filled(operator[key]))
      .map((key) => ({ field: `${field}.${key}`, code: 'required' }));
  problems.push(...operatorProblems('manufacturer', product.manufacturer));
  if (
    product.manufacturer &&
    filled(product.manufacturer.country) &&
    !isMemberState(product.manufacturer.country)
  ) {
    if (!product.responsiblePerson) {
      problems.push({ field: 'responsiblePerson', code: 'responsiblePersonRequired' });
    } else {
      problems.push(...operatorProblems('responsiblePerson', product.responsiblePerson));
      if (
        filled(product.responsiblePerson.country) &&
        !isMemberState(product.responsiblePerson.country)
      ) {
        problems.push({ field: 'responsiblePerson.country', code: 'unknownMarket' });
      }
    }
  }
  return problems;
}

/**
 * Why a product may not serve `market`, if it may not: texts and safety information in one of the
 * market's official languages (GPSR Art. 19(d), consumer law), an approved seller, the market's
 * producer registrations for the product's category, and a price the market can pay.
 */
export function marketProblems(
  market: CountryCode,
  product: ProductForCompliance,
  seller: SellerForCompliance,
  offer: OfferForCompliance,
  date: IsoDate,
): OnboardingProblem[] {
  const problems: OnboardingProblem[] = [];
  const prefix = `markets.${market}`;
  const languages = consumerLanguages(market);
  const readable = languages.some((language) => {
    const text = product.translations[language];
    return text && filled(text.title) && filled(text.description) && filled(text.safetyInformation);
  });
  if (!readable)
    problems.push({
      field: `${prefix}.translations`,
      code: 'translationMissing',
      variables: { languages: languages.join(', ') },
    });
  if (seller.status !== 'approved')
    problems.push({ field: `${prefix}.vendor`, code: 'vendorNotApproved' });
  for (const rule of marketRegistrations(seller.country, market)) {
    const applies = !rule.categories || rule.categories.includes(product.sellerCategory);
    if (applies && !filled(seller.registrations[market]?.[rule.duty])) {
      // The answer names the vendor field and the call that fills it, so the seller goes from
      // the refused listing straight to that step (no review: registrations are operational).
      problems.push({
        field: `${prefix}.registrations.${rule.duty}`,
        code: 'registrationMissing',
        variables: {
          legalBasis: rule.legalBasis,
          registration: `registrations.${market}.${rule.duty}`,
          endpoint: registrationEndpoint(seller.id, market),
        },
      });
    }
  }
  const currency = currencyOn(findMarket(market)!, date);
  if (!offer.marketPrices.includes(market) && !offer.priceCurrencies.includes(currency)) {
    problems.push({ field: `${prefix}.price`, code: 'priceMissing', variables: { currency } });
  }
  return problems;
}
