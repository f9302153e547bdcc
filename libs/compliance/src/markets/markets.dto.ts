import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../validation/is-calendar-date';
import { CURRENCY_CODES, MEMBER_STATE_CODES } from './market.types';

export class MarketQueryDto {
  @ApiPropertyOptional({
    description:
      "Date the VAT rates and currency apply to (YYYY-MM-DD); default: today in the market's time zone",
    example: '2026-01-01',
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class VatRatesResponse {
  @ApiProperty({ description: 'The date these rates are in force on', example: '2026-11-26' })
  date!: string;
  @ApiProperty({ description: 'Standard rate in percent', example: 19 })
  standard!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Date the standard rate took effect' })
  standardSince!: string | null;
  @ApiProperty({ type: [Number], description: 'Reduced rates in percent, ascending', example: [7] })
  reduced!: number[];
  @ApiProperty({ nullable: true, type: Number, description: 'Super-reduced rate (below 5 %)' })
  superReduced!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Parking rate (VAT Directive Art. 118)',
  })
  parking!: number | null;
}

export class MarketResponse {
  @ApiProperty({ enum: MEMBER_STATE_CODES, description: 'ISO 3166-1 alpha-2' })
  code!: string;
  @ApiProperty({
    description: 'Country name in the language of Accept-Language',
    example: 'Germany',
  })
  name!: string;
  @ApiProperty({ enum: CURRENCY_CODES, description: 'ISO 4217 currency in force on the date' })
  currency!: string;
  @ApiProperty({ description: 'Minor units of the currency (2 for cents)', example: 2 })
  currencyMinorUnits!: number;
  @ApiProperty({ type: [String], description: 'Official languages (ISO 639-1)', example: ['de'] })
  languages!: string[];
  @ApiProperty({
    description: 'Prefix of VAT identification numbers (EL for Greece)',
    example: 'DE',
  })
  vatIdPrefix!: string;
  @ApiProperty({ example: 'Europe/Berlin' })
  timeZone!: string;
  @ApiProperty({ description: 'Consumer withdrawal period in days (Directive 2011/83/EU Art. 9)' })
  withdrawalPeriodDays!: number;
  @ApiProperty({ type: VatRatesResponse })
  vatRates!: VatRatesResponse;
}

export class MarketListResponse {
  @ApiProperty({ type: [MarketResponse] })
  items!: MarketResponse[];
}
