import {
  I18nService,
  NotFoundError,
  RequestLocale,
  ValidationFailedError,
  type Locale,
} from '@app/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProperty,
  ApiPropertyOptional,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { findMarket, isMemberState } from '../markets/markets';
import {
  MEMBER_STATE_CODES,
  type CountryCode,
  type MarketDefinition,
} from '../markets/market.types';
import { todayIn } from '../markets/vat-rates';
import { REGISTER_NAMES } from './legal-forms';
import {
  findLegalForm,
  FORMAT_NOTATION,
  legalFormsOf,
  onboardingRequirements,
  type FieldRequirement,
  type LegalBasis,
} from './onboarding-requirements';
import { SELLER_CATEGORIES } from './onboarding.types';
import { registrationEndpoint } from './registration-rules';
import { sellingRequirements, type MarketSellingRequirements } from './selling-requirements';

class RequirementsQueryDto {
  // Optional here so that a missing value is answered with the list of legal forms (below),
  // rather than with the length rule of a value that is not there.
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsString()
  @MaxLength(50)
  legalForm?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  sellsTo?: string;
}

class SellingRequirementsQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sellsTo?: string;
}

class LegalFormResponse {
  @ApiProperty({ example: 'gmbh', description: 'The code to send as `legalForm`' })
  code!: string;
  @ApiProperty({ example: 'GmbH', description: 'The usual abbreviation in the country' })
  abbreviation!: string;
  @ApiProperty({
    example: 'Gesellschaft mit beschränkter Haftung',
    description: "The full name in the country's language",
  })
  name!: string;
  @ApiProperty({ enum: ['company', 'partnership', 'sole_trader'] })
  kind!: string;
  @ApiProperty({
    description:
      'Whether the form is entered in the business register, so a register number exists',
  })
  registered!: boolean;
}

class LegalFormListResponse {
  @ApiProperty({ example: 'DE' }) country!: string;
  @ApiProperty({ example: 'Handelsregister' }) registerName!: string;
  @ApiProperty({ type: [LegalFormResponse] }) items!: LegalFormResponse[];
}

class LocalizedRequirement {
  @ApiProperty({ example: 'vatId' }) field!: string;
  @ApiProperty({ example: 'identifier' }) kind!: string;
  @ApiProperty({
    description:
      'Needed before submission. `vatId` is never required: DSA Art. 30 does not ask for one, and a seller without one (e.g. under a small-business VAT scheme) leaves it empty',
  })
  required!: boolean;
  @ApiProperty({ example: 'VAT ID' }) label!: string;
  @ApiProperty() help!: string;
  @ApiPropertyOptional({
    example: 'FN #[#####]X',
    description: `The same in every language: a pattern (${FORMAT_NOTATION}), or the name of the standard that defines the format (ISO 13616, E.164)`,
  })
  format?: string;
  @ApiPropertyOptional({
    example: '+49 1512 3456789',
    description:
      "A valid value of the seller's country: its own IBAN format, calling code, register and VAT ID format",
  })
  example?: string;
  @ApiPropertyOptional({
    type: [String],
    enum: SELLER_CATEGORIES,
    description: 'Only required of sellers that declare one of these categories',
  })
  whenCategories?: string[];
  @ApiPropertyOptional({
    example: 'Verordnung (EU) 2022/2065, Art. 30(1)(e)',
    description:
      "The rule behind the requirement, a citation only: EU acts in the caller's language, national acts as they cite themselves (e.g. 'VerpackG §9')",
  })
  legalBasis?: string;
}

class LocalizedDocument {
  @ApiProperty({ example: 'registerExtract' }) type!: string;
  @ApiProperty() required!: boolean;
  @ApiProperty() label!: string;
  @ApiProperty() help!: string;
  @ApiProperty({ type: [String], example: ['application/pdf', 'image/jpeg', 'image/png'] })
  contentTypes!: string[];
  @ApiProperty({ example: 10 }) maxMegabytes!: number;
}

class LocalizedMarketRegistration extends LocalizedRequirement {
  @ApiProperty({
    example: 'PUT /v1/vendors/{vendorId}/registrations/FR',
    description: 'The call that adds it, at once and without review, also once approved',
  })
  endpoint!: string;
}

class LocalizedListingRequirement {
  @ApiProperty({ enum: ['translations', 'price', 'gpsr'] }) need!: string;
  @ApiProperty({ example: 'Each listing needs a price in EUR, the currency of this market.' })
  help!: string;
  @ApiPropertyOptional({ example: 'Regulation (EU) 2023/988, Art. 19(d)' })
  legalBasis?: string;
}

class MarketRequirementsResponse {
  @ApiProperty({ example: 'FR' }) market!: string;
  @ApiProperty({ example: 'EUR', description: 'The currency a listing is priced in there' })
  currency!: string;
  @ApiProperty({
    type: [String],
    example: ['fr'],
    description: 'Official EU languages of the market; listing texts need one of them',
  })
  languages!: string[];
  @ApiProperty({
    type: [LocalizedMarketRegistration],
    description:
      'Registrations the market demands of a seller from `country` (duties only for foreign sellers are left out for local ones)',
  })
  registrations!: LocalizedMarketRegistration[];
  @ApiProperty({
    type: [LocalizedListingRequirement],
    description: 'What each listing must carry for the market; checked when it is submitted',
  })
  listing!: LocalizedListingRequirement[];
}

class SellingRequirementsResponse {
  @ApiProperty({ example: 'DE', description: 'Where the seller is established' })
  country!: string;
  @ApiProperty({ type: [MarketRequirementsResponse] }) markets!: MarketRequirementsResponse[];
}

class RequirementsResponse {
  @ApiProperty({ example: 'DE' }) country!: string;
  @ApiProperty({ type: LegalFormResponse }) legalForm!: LegalFormResponse;
  @ApiProperty({ example: 'Handelsregister' }) registerName!: string;
  @ApiProperty({ type: [LocalizedRequirement] }) fields!: LocalizedRequirement[];
  @ApiProperty({ type: [LocalizedDocument] }) documents!: LocalizedDocument[];
  @ApiPropertyOptional({
    type: [MarketRequirementsResponse],
    description: 'With `sellsTo`: what selling into each of those markets adds',
  })
  markets?: MarketRequirementsResponse[];
}

const SELLS_TO_QUERY = {
  name: 'sellsTo',
  example: 'FR,AT',
  description:
    'Member states to sell into, as ISO 3166-1 alpha-2 codes separated by commas, any letter case; anything else is answered with 400',
} as const;

/**
 * The markets of a `sellsTo` list, each once, in the order given; 400 naming the codes that are
 * no member state. Greece is `GR` as in ISO 3166-1, like every code of this API.
 */
function parseSellsTo(raw: string | undefined): CountryCode[] {
  const codes = (raw ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
  if (codes.length === 0) {
    throw ValidationFailedError.of('sellsTo', 'required', {
      context: 'oneOf',
      values: MEMBER_STATE_CODES.join(', '),
    });
  }
  const unknown = codes.filter((code) => !isMemberState(code));
  if (unknown.length > 0) {
    throw ValidationFailedError.of('sellsTo', 'notMemberStates', {
      values: [...new Set(unknown)].join(', '),
      memberStates: MEMBER_STATE_CODES.join(', '),
    });
  }
  return [...new Set(codes)] as CountryCode[];
}

/** The message key of a field: registrations share their text across markets. */
function fieldKey(requirement: FieldRequirement): string {
  const [head, , duty] = requirement.field.split('.');
  return head === 'registrations' ? `registrations.${duty}` : `fields.${requirement.field}`;
}

const legalFormCodes = (market: MarketDefinition) =>
  legalFormsOf(market.code)
    .map((form) => form.code)
    .join(', ');

@ApiTags('markets')
@Controller('v1/markets')
export class OnboardingRequirementsController {
  constructor(private readonly i18n: I18nService) {}

  @Get(':country/legal-forms')
  @ApiParam({
    name: 'country',
    description: 'ISO 3166-1 alpha-2 code, any letter case',
    example: 'DE',
  })
  @ApiOkResponse({
    type: LegalFormListResponse,
    description: 'The legal forms a seller established in this member state may onboard with',
  })
  @ApiNotFoundResponse({ description: 'Not an EU member state' })
  legalForms(@Param('country') country: string): LegalFormListResponse {
    const market = this.market(country);
    return {
      country: market.code,
      registerName: REGISTER_NAMES[market.code],
      items: legalFormsOf(market.code).map((form) => ({ ...form })),
    };
  }

  @Get(':country/onboarding-requirements')
  @ApiParam({
    name: 'country',
    description: 'ISO 3166-1 alpha-2 code, any letter case',
    example: 'DE',
  })
  @ApiQuery({
    name: 'legalForm',
    required: true,
    example: 'gmbh',
    description:
      'A code from GET /v1/markets/{country}/legal-forms, any letter case; a missing or unknown one is answered with 400 listing the valid ones',
  })
  @ApiQuery({ ...SELLS_TO_QUERY, required: false })
  @ApiOkResponse({
    type: RequirementsResponse,
    description: 'Fields and documents this seller must provide, localized',
  })
  @ApiBadRequestResponse({
    description:
      'legalForm missing (code `required`) or unknown (code `isIn`); the message lists the valid ones',
  })
  @ApiNotFoundResponse({ description: 'Not an EU member state' })
  requirements(
    @Param('country') country: string,
    @Query() query: RequirementsQueryDto,
    @RequestLocale() locale: Locale,
  ): RequirementsResponse {
    const market = this.market(country);
    if (!query.legalForm) {
      // i18next's context picks `validation:required_oneOf`, which names the valid values.
      throw ValidationFailedError.of('legalForm', 'required', {
        context: 'oneOf',
        values: legalFormCodes(market),
      });
    }
    const legalForm = findLegalForm(market.code, query.legalForm);
    if (!legalForm) {
      throw ValidationFailedError.of('legalForm', 'isIn', { values: legalFormCodes(market) });
    }
    // Checked before anything is computed, so that a bad list is answered like a bad form.
    const sellsTo = query.sellsTo === undefined ? undefined : parseSellsTo(query.sellsTo);
    const result = onboardingRequirements(market.code, legalForm);
    const t = this.translator(locale);
    const citation = this.citation(locale);
    return {
      ...(sellsTo ? { markets: this.localizedMarkets(market, sellsTo, locale) } : {}),
      country: result.country,
      legalForm: { ...result.legalForm },
      registerName: result.registerName,
      fields: result.fields.map((requirement) => ({
        ...requirement,
        whenCategories: requirement.whenCategories ? [...requirement.whenCategories] : undefined,
        legalBasis: requirement.legalBasis ? citation(requirement.legalBasis) : undefined,
        label: t(`${fieldKey(requirement)}.label`),
        help: t(`${fieldKey(requirement)}.help`, {
          registerName: result.registerName,
          country: market.code,
        }),
      })),
      documents: result.documents.map((document) => ({
        ...document,
        label: t(`documents.${document.type}.label`),
        help: t(`documents.${document.type}.help`, { registerName: result.registerName }),
        contentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
        maxMegabytes: 10,
      })),
    };
  }

  @Get(':country/selling-requirements')
  @ApiParam({
    name: 'country',
    description: 'Where the seller is established: ISO 3166-1 alpha-2 code, any letter case',
    example: 'DE',
  })
  @ApiQuery({ ...SELLS_TO_QUERY, required: true })
  @ApiOkResponse({
    type: SellingRequirementsResponse,
    description:
      'For a seller established in `country`, what selling into each market of `sellsTo` adds: the registrations to add with PUT /v1/vendors/{id}/registrations/{market}, and what each listing needs there. Localized.',
  })
  @ApiBadRequestResponse({
    description:
      'sellsTo missing (`required`) or naming codes that are no member state (`notMemberStates`)',
  })
  @ApiNotFoundResponse({ description: 'Not an EU member state' })
  sellingRequirements(
    @Param('country') country: string,
    @Query() query: SellingRequirementsQueryDto,
    @RequestLocale() locale: Locale,
  ): SellingRequirementsResponse {
    const market = this.market(country);
    const sellsTo = parseSellsTo(query.sellsTo);
    return { country: market.code, markets: this.localizedMarkets(market, sellsTo, locale) };
  }

  private localizedMarkets(
    home: MarketDefinition,
    sellsTo: readonly CountryCode[],
    locale: Locale,
  ): MarketRequirementsResponse[] {
    const t = this.translator(locale);
    const citation = this.citation(locale);
    return sellingRequirements(home.code, sellsTo, todayIn(home)).map(
      (requirements: MarketSellingRequirements) => ({
        market: requirements.market,
        currency: requirements.currency,
        languages: requirements.languages,
        registrations: requirements.registrations.map((requirement) => ({
          ...requirement,
          whenCategories: requirement.whenCategories ? [...requirement.whenCategories] : undefined,
          legalBasis: requirement.legalBasis ? citation(requirement.legalBasis) : undefined,
          label: t(`${fieldKey(requirement)}.label`),
          help: t(`${fieldKey(requirement)}.help`, { country: requirements.market }),
          endpoint: registrationEndpoint('{vendorId}', requirements.market),
        })),
        listing: requirements.listing.map((need) => ({
          need: need.need,
          help: t(`listing.${need.need}`, {
            languages: requirements.languages.join(', '),
            currency: requirements.currency,
          }),
          legalBasis: need.legalBasis ? citation(need.legalBasis) : undefined,
        })),
      }),
    );
  }

  private translator(locale: Locale) {
    return (key: string, variables: Record<string, string> = {}) =>
      this.i18n.translate(locale, `onboarding:${key}`, variables);
  }

  /** EU acts in the caller's language, national acts as they cite themselves. */
  private citation(locale: Locale) {
    const t = this.translator(locale);
    return (basis: LegalBasis) =>
      'euRegulation' in basis
        ? t('legalBasis.euRegulation', { number: basis.euRegulation, article: basis.article })
        : basis.national;
  }

  private market(country: string): MarketDefinition {
    const market = findMarket(country);
    if (!market) throw new NotFoundError('market-not-found', { country });
    return market;
  }
}
