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
import { findMarket } from '../markets/markets';
import type { MarketDefinition } from '../markets/market.types';
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

class RequirementsResponse {
  @ApiProperty({ example: 'DE' }) country!: string;
  @ApiProperty({ type: LegalFormResponse }) legalForm!: LegalFormResponse;
  @ApiProperty({ example: 'Handelsregister' }) registerName!: string;
  @ApiProperty({ type: [LocalizedRequirement] }) fields!: LocalizedRequirement[];
  @ApiProperty({ type: [LocalizedDocument] }) documents!: LocalizedDocument[];
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
    const result = onboardingRequirements(market.code, legalForm);
    const t = (key: string, variables: Record<string, string> = {}) =>
      this.i18n.translate(locale, `onboarding:${key}`, variables);
    const citation = (basis: LegalBasis) =>
      'euRegulation' in basis
        ? t('legalBasis.euRegulation', { number: basis.euRegulation, article: basis.article })
        : basis.national;
    return {
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

  private market(country: string): MarketDefinition {
    const market = findMarket(country);
    if (!market) throw new NotFoundError('market-not-found', { country });
    return market;
  }
}
