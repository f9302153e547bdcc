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
  ApiOkResponse,
  ApiParam,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';
import { findMarket } from '../markets/markets';
import {
  findLegalForm,
  legalFormsOf,
  onboardingRequirements,
  type FieldRequirement,
} from './onboarding-requirements';

class RequirementsQueryDto {
  @ApiProperty({
    example: 'gmbh',
    description: 'Legal form code; an unknown one is answered with the list of valid ones',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsString()
  @MaxLength(50)
  legalForm!: string;
}

class LocalizedRequirement {
  @ApiProperty({ example: 'vatId' }) field!: string;
  @ApiProperty({ example: 'identifier' }) kind!: string;
  @ApiProperty() required!: boolean;
  @ApiProperty({ example: 'VAT ID' }) label!: string;
  @ApiProperty() help!: string;
  @ApiPropertyOptional() format?: string;
  @ApiPropertyOptional() example?: string;
  @ApiPropertyOptional({
    type: [String],
    description: 'Only required for these declared categories',
  })
  whenCategories?: string[];
  @ApiPropertyOptional() legalBasis?: string;
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
  @ApiProperty({
    example: {
      code: 'gmbh',
      abbreviation: 'GmbH',
      name: 'Gesellschaft mit beschränkter Haftung',
      kind: 'company',
      registered: true,
    },
  })
  legalForm!: object;
  @ApiProperty({ example: 'Handelsregister' }) registerName!: string;
  @ApiProperty({ type: [LocalizedRequirement] }) fields!: LocalizedRequirement[];
  @ApiProperty({ type: [LocalizedDocument] }) documents!: LocalizedDocument[];
}

/** The message key of a field: registrations share their text across markets. */
function fieldKey(requirement: FieldRequirement): string {
  const [head, , duty] = requirement.field.split('.');
  return head === 'registrations' ? `registrations.${duty}` : `fields.${requirement.field}`;
}

@ApiTags('markets')
@Controller('v1/markets')
export class OnboardingRequirementsController {
  constructor(private readonly i18n: I18nService) {}

  @Get(':country/onboarding-requirements')
  @ApiParam({ name: 'country', example: 'DE' })
  @ApiOkResponse({
    type: RequirementsResponse,
    description: 'Fields and documents this seller must provide, localized',
  })
  @ApiBadRequestResponse({ description: 'Unknown legal form; the problem lists the valid ones' })
  requirements(
    @Param('country') country: string,
    @Query() query: RequirementsQueryDto,
    @RequestLocale() locale: Locale,
  ): RequirementsResponse {
    const market = findMarket(country);
    if (!market) throw new NotFoundError('market-not-found', { country });
    const legalForm = findLegalForm(market.code, query.legalForm);
    if (!legalForm) {
      throw ValidationFailedError.of('legalForm', 'isIn', {
        values: legalFormsOf(market.code)
          .map((form) => form.code)
          .join(', '),
      });
    }
    const result = onboardingRequirements(market.code, legalForm);
    const t = (key: string, variables: Record<string, string> = {}) =>
      this.i18n.translate(locale, `onboarding:${key}`, variables);
    return {
      country: result.country,
      legalForm: result.legalForm,
      registerName: result.registerName,
      fields: result.fields.map((requirement) => ({
        ...requirement,
        whenCategories: requirement.whenCategories ? [...requirement.whenCategories] : undefined,
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
}
