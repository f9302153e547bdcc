import { CURRENCY_CODES, MEMBER_STATE_CODES } from '@app/compliance';
import { IsVisibleText, PageQueryDto, SUPPORTED_LOCALES } from '@app/platform';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  IsISO31661Alpha2,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsGtin } from './is-gtin.decorator';
import { PRODUCT_CATEGORY_SLUGS } from './category-taxonomy';
import { PRODUCT_STATUSES, type ProductStatus } from './product-lifecycle';

const upperCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;
const MAX_MINOR_UNITS = 100_000_000_00;

export class MoneyDto {
  @ApiProperty({
    description: 'Integer amount in minor units (cents), VAT included',
    example: 1999,
  })
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR_UNITS)
  amount!: number;

  @ApiProperty({ enum: CURRENCY_CODES, example: 'EUR' })
  @Transform(upperCase)
  @IsIn(CURRENCY_CODES)
  currency!: string;
}

export class PriceDto extends MoneyDto {
  @ApiProperty({
    description: 'Integer amount in minor units (cents), VAT included; at least 1',
    example: 1999,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_MINOR_UNITS)
  declare amount: number;
}

export class ProductTextDto {
  @ApiProperty({ example: 'Espresso cup, set of 4' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsVisibleText()
  title!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  description!: string;

  @ApiPropertyOptional({ description: 'Warnings and safety information (GPSR Art. 19(d))' })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  safetyInformation?: string;
}

export class EconomicOperatorDto {
  @ApiProperty({ example: 'Porzellan Werke AG' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsVisibleText()
  name!: string;

  @ApiProperty({ example: 'Werkstraße 1, 95100 Selb, Germany' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @IsVisibleText()
  address!: string;

  @ApiProperty({ example: 'safety@porzellan.example' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'DE', description: 'ISO 3166-1 alpha-2 of its establishment' })
  @Transform(upperCase)
  @IsISO31661Alpha2()
  country!: string;
}

export class OfferDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'On update: the offer to change; offers not listed are removed',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ type: [PriceDto], description: 'One VAT-inclusive price per currency' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PriceDto)
  prices!: PriceDto[];

  @ApiPropertyOptional({
    description: 'Per-market prices overriding the currency price',
    example: { FR: { amount: 2099, currency: 'EUR' } },
  })
  @IsOptional()
  @IsObject()
  marketPrices?: Record<string, PriceDto>;

  @ApiProperty({ example: 25 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  stock!: number;

  @ApiProperty({ enum: MEMBER_STATE_CODES, isArray: true, example: ['DE', 'AT'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? value.map((v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v))
      : value,
  )
  @IsIn(MEMBER_STATE_CODES, { each: true })
  markets!: string[];

  @ApiPropertyOptional({ default: 1, description: 'Working days before dispatch' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  handlingDays?: number;

  @ApiPropertyOptional({
    description: 'Shipping price per destination market',
    example: { DE: { amount: 490, currency: 'EUR' } },
  })
  @IsOptional()
  @IsObject()
  shipping?: Record<string, MoneyDto>;
}

export class ProductDetailsDto {
  @ApiProperty({ enum: PRODUCT_CATEGORY_SLUGS, example: 'kitchen' })
  @IsIn(PRODUCT_CATEGORY_SLUGS)
  category!: string;

  @ApiProperty({
    description: `Texts per language (${SUPPORTED_LOCALES.join(', ')})`,
    example: {
      de: {
        title: 'Espressotassen',
        description: '4 Tassen',
        safetyInformation: 'Nicht mikrowellengeeignet',
      },
    },
  })
  @IsObject()
  translations!: Record<string, ProductTextDto>;

  @ApiPropertyOptional({
    example: '4006381333931',
    description: 'GTIN-8/12/13/14 with a valid check digit',
  })
  @IsOptional()
  @IsGtin()
  gtin?: string;

  @ApiPropertyOptional({ type: [String], example: ['https://images.example.eu/cup.jpg'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { each: true })
  images?: string[];

  @ApiPropertyOptional({ example: { material: 'porcelain', colour: 'white' } })
  @IsOptional()
  @IsObject()
  attributes?: Record<string, string>;

  @ApiPropertyOptional({ type: EconomicOperatorDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EconomicOperatorDto)
  manufacturer?: EconomicOperatorDto;

  @ApiPropertyOptional({
    type: EconomicOperatorDto,
    description: 'Required when the manufacturer is outside the EU',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => EconomicOperatorDto)
  responsiblePerson?: EconomicOperatorDto;

  @ApiProperty({ type: [OfferDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => OfferDto)
  offers!: OfferDto[];
}

export class UpdateProductDto extends PartialType(ProductDetailsDto) {}

export class ProductResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) vendorId!: string;
  @ApiProperty({ enum: PRODUCT_STATUSES }) status!: ProductStatus;
  @ApiProperty() category!: string;
  @ApiProperty({ nullable: true, type: String }) gtin!: string | null;
  @ApiProperty({ type: [String] }) images!: string[];
  @ApiProperty() attributes!: Record<string, string>;
  @ApiProperty() translations!: Record<string, ProductTextDto>;
  @ApiProperty({ nullable: true, type: EconomicOperatorDto })
  manufacturer!: EconomicOperatorDto | null;
  @ApiProperty({ nullable: true, type: EconomicOperatorDto })
  responsiblePerson!: EconomicOperatorDto | null;
  @ApiProperty({ type: [OfferDto] }) offers!: Array<OfferDto & { id: string }>;
  @ApiProperty({
    nullable: true,
    type: Object,
    description: 'Changes to the live listing awaiting review',
  })
  revision!: object | null;
  @ApiProperty({ nullable: true, enum: ['draft', 'pending_review'] })
  revisionStatus!: 'draft' | 'pending_review' | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** `?status=&q=` of a seller's own listings, with `?limit=&cursor=`. */
export class VendorListingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PRODUCT_STATUSES })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: ProductStatus;

  @ApiPropertyOptional({
    description:
      'Text the title contains, in any of the listing’s languages; case-insensitive, `%` and `_` ' +
      'are plain characters',
    example: 'tasse',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  // Titles are stored in NFC (see IsVisibleText), so the search text is compared in NFC too.
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().normalize('NFC') : value,
  )
  q?: string;
}

/** One row of a seller's listings: enough to find a listing and see where it stands. */
export class VendorListingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PRODUCT_STATUSES }) status!: ProductStatus;
  @ApiProperty({
    nullable: true,
    enum: ['draft', 'pending_review'],
    description: 'The open revision of a published listing, if any: being edited or under review',
  })
  revisionStatus!: 'draft' | 'pending_review' | null;
  @ApiProperty({
    description: 'The title in the seller’s language, else in the listing’s first language',
  })
  title!: string;
  @ApiProperty() category!: string;
  @ApiProperty({ minimum: 0 }) offerCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class VendorListingPage {
  @ApiProperty({ type: [VendorListingResponse] }) items!: VendorListingResponse[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
