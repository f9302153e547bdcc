import {
  DOCUMENT_TYPES,
  IsCalendarDate,
  MEMBER_STATE_CODES,
  SELLER_CATEGORIES,
  type CountryCode,
  type SellerCategory,
} from '@app/compliance';
import { IsVisibleText, SUPPORTED_LOCALES, type Locale } from '@app/platform';
import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PendingChangeResponse } from './pending-change.dto';
import { VendorDecisionResponse } from './vendor-audit-entry.dto';
import {
  DECISION_REASONS,
  VENDOR_STATUSES,
  type DecisionReason,
  type VendorStatus,
} from './vendor-lifecycle';

const upperCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;
const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/**
 * Like IsOptional, but only a missing value skips the checks: null is checked, and refused, for a
 * field that has no "none" of its own (an empty list or object says that), where IsOptional would
 * let null through to a NOT NULL column.
 */
const OmittableButNotNull = () =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);

export class AddressDto {
  @ApiProperty({ example: 'Friedrichstraße 123' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsVisibleText()
  line1!: string;

  @ApiPropertyOptional({ example: '3. OG' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsVisibleText()
  line2?: string;

  @ApiProperty({ example: '10117' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  postalCode!: string;

  @ApiProperty({ example: 'Berlin' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @IsVisibleText()
  city!: string;

  @ApiProperty({ example: 'DE', description: 'ISO 3166-1 alpha-2; an EU member state' })
  @Transform(upperCase)
  @IsIn(MEMBER_STATE_CODES)
  country!: string;
}

export class RepresentativeDto {
  @ApiProperty({ example: 'Anna' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @IsVisibleText()
  firstName!: string;

  @ApiProperty({ example: 'Schmidt' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @IsVisibleText()
  lastName!: string;

  @ApiProperty({ example: '1980-04-12' })
  @IsCalendarDate()
  dateOfBirth!: string;
}

/** The onboarding data a seller may send; country-specific rules are checked by the service. */
export class VendorDetailsDto {
  @ApiProperty({
    enum: MEMBER_STATE_CODES,
    description: 'Country of establishment (ISO 3166-1 alpha-2)',
  })
  @Transform(upperCase)
  @IsIn(MEMBER_STATE_CODES)
  country!: CountryCode;

  @ApiProperty({
    example: 'gmbh',
    description: 'A legal form code from the onboarding requirements of the country',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  legalForm!: string;

  @ApiPropertyOptional({ example: 'Beispiel Handels GmbH' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsVisibleText()
  legalName?: string;

  @ApiPropertyOptional({ type: AddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  registeredAddress?: AddressDto;

  // Identifiers are taken as people type them (spaces, dots, dashes); the country's rules check
  // and normalise them in the service, so the limits here only bound the input's size.
  @ApiPropertyOptional({
    example: 'München HRB 86891',
    description:
      "The number in the country's business register (see the onboarding requirements for its format); spaces, dots and dashes are accepted",
  })
  @IsOptional()
  @IsString()
  // A German number carries its court: "Amtsgericht Ludwigshafen am Rhein, HRB 123456".
  @MaxLength(100)
  registerNumber?: string;

  @ApiPropertyOptional({
    example: 'DE 136 695 976',
    description:
      'Optional for every legal form (DSA Art. 30 does not require one): leave it out if the business has none, e.g. under a small-business VAT scheme. With the country prefix (EL for Greece); spaces, dots and dashes are accepted and removed. Checked in VIES.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  vatId?: string;

  @ApiPropertyOptional({
    example: 'MI-1234567',
    description:
      "Italy only, optional: the REA number, the sigla of the chamber of commerce's province and up to 7 digits. Stored as `MI-1234567`.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  reaNumber?: string;

  @ApiPropertyOptional({
    example: 'DE89 3704 0044 0532 0130 00',
    description:
      'IBAN of an account in a SEPA country (payouts are SEPA credit transfers in euro); spaces, dots and dashes are accepted and removed',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  iban?: string;

  @ApiPropertyOptional({ example: 'Beispiel Handels GmbH' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsVisibleText()
  accountHolder?: string;

  @ApiPropertyOptional({ example: 'orders@example.eu' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;

  @ApiPropertyOptional({
    example: '+49 30 12345678',
    description:
      'International format with + and the country code; spaces, dashes, dots, slashes and brackets are accepted. Stored in E.164 (+493012345678).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  contactPhone?: string;

  @ApiPropertyOptional({ type: RepresentativeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  representative?: RepresentativeDto;

  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: 'Language of messages to the seller',
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  preferredLanguage?: Locale;

  @ApiPropertyOptional({
    enum: SELLER_CATEGORIES,
    isArray: true,
    description:
      'Top-level categories of the product taxonomy (GET /v1/categories, those without a parent) the seller intends to sell in; electronics brings the WEEE and battery registrations',
  })
  @OmittableButNotNull()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(SELLER_CATEGORIES.length)
  @IsIn(SELLER_CATEGORIES, { each: true })
  categories?: SellerCategory[];

  @ApiPropertyOptional({
    description:
      'Certifies that the vendor offers only products that comply with EU law (DSA Art. 30(1)(e))',
  })
  @IsOptional()
  @IsBoolean()
  selfCertification?: boolean;

  @ApiPropertyOptional({
    description: 'Registration numbers per market and duty',
    example: { DE: { packaging: 'DE1234567890123' } },
  })
  @OmittableButNotNull()
  @IsObject()
  registrations?: Record<string, Record<string, string>>;
}

/**
 * Every field may be left out; null clears an optional field. The legal form cannot be cleared, so
 * null is checked (and refused) there rather than skipped (`skipNullProperties: false`).
 */
export class UpdateVendorDto extends PartialType(OmitType(VendorDetailsDto, ['country'] as const), {
  skipNullProperties: false,
}) {}

export class VendorResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: VENDOR_STATUSES }) status!: VendorStatus;
  @ApiProperty() country!: string;
  @ApiProperty() legalForm!: string;
  @ApiProperty({ nullable: true, type: String }) legalName!: string | null;
  @ApiProperty({ nullable: true, type: AddressDto }) registeredAddress!: AddressDto | null;
  @ApiProperty({ nullable: true, type: String }) registerNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) vatId!: string | null;
  @ApiProperty({
    enum: ['unverified', 'valid', 'invalid', 'not_checked'],
    description:
      'Result of the VIES check: `unverified` until VIES answers; `not_checked` when this installation has no VIES configured (VIES_API_BASE unset), so the VAT ID was not sent anywhere',
  })
  vatIdStatus!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Italy only' })
  reaNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) iban!: string | null;
  @ApiProperty({ nullable: true, type: String }) accountHolder!: string | null;
  @ApiProperty({ nullable: true, type: String }) contactEmail!: string | null;
  @ApiProperty({ nullable: true, type: String }) contactPhone!: string | null;
  @ApiProperty({ nullable: true, type: RepresentativeDto })
  representative!: RepresentativeDto | null;
  @ApiProperty({ nullable: true, type: String }) preferredLanguage!: string | null;
  @ApiProperty({ type: [String] }) categories!: string[];
  @ApiProperty() selfCertification!: boolean;
  @ApiProperty({ example: { DE: { packaging: 'DE1234567890123' } } }) registrations!: Record<
    string,
    Record<string, string>
  >;
  @ApiProperty({ enum: ['none', 'pending', 'enabled', 'restricted'] }) payoutStatus!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({
    type: VendorDecisionResponse,
    nullable: true,
    description:
      'The admin’s latest decision with its reason and note for the seller; null before the first. Left out in lists.',
  })
  latestDecision?: VendorDecisionResponse | null;
  @ApiPropertyOptional({
    type: PendingChangeResponse,
    nullable: true,
    description:
      'The latest correction of the approved identity data (DSA Art. 30(3)) with its status: while `pending`, the fields above are still the approved ones; null if there never was one. Left out in lists.',
  })
  pendingChange?: PendingChangeResponse | null;
}

export class VendorListQueryDto {
  @ApiPropertyOptional({ enum: VENDOR_STATUSES })
  @IsOptional()
  @IsIn(VENDOR_STATUSES)
  status?: VendorStatus;

  @ApiPropertyOptional({ enum: MEMBER_STATE_CODES })
  @IsOptional()
  @Transform(upperCase)
  @IsIn(MEMBER_STATE_CODES)
  country?: CountryCode;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: only vendors with a correction waiting for review; false: only without',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  pendingChange?: 'true' | 'false';
}

export class DecisionDto {
  @ApiPropertyOptional({
    enum: DECISION_REASONS,
    description: 'Required for reject, request-changes and suspend',
  })
  @IsOptional()
  @IsIn(DECISION_REASONS)
  reason?: DecisionReason;

  @ApiPropertyOptional({
    description:
      'Explanation for the seller, shown as written in its decision history and on the vendor',
    maxLength: 2000,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({
    description:
      'Note for other admins, kept in the audit log (GET /v1/admin/vendors/{id}/audit-log); never shown to the seller',
    maxLength: 2000,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  internalNote?: string;
}

export class DocumentUploadDto {
  @ApiProperty({ enum: DOCUMENT_TYPES })
  @IsIn(DOCUMENT_TYPES)
  type!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Id of one of the vendor’s documents that this upload replaces',
  })
  @IsOptional()
  @IsUUID()
  replaces?: string;
}
