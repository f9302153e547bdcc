import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../validation/is-calendar-date';
import { CURRENCY_CODES, MEMBER_STATE_CODES, VAT_RATE_KINDS } from './market.types';

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

export class VatRateDetailResponse {
  @ApiProperty({
    enum: VAT_RATE_KINDS,
    description:
      'standard (VAT Directive Art. 96-97), reduced (5 % or more, Art. 98 and Annex III), superReduced (below 5 %, Art. 98(2) and 110) or parking (12 % or more kept for supplies outside Annex III, Art. 118). A percentage a state uses as both a reduced and its parking rate appears once per kind.',
    example: 'parking',
  })
  kind!: string;
  @ApiProperty({ example: 13.5 })
  percent!: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'First day in force (YYYY-MM-DD); null if in force before the records begin',
    example: '2024-01-01',
  })
  from!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'First day no longer in force (exclusive); null while no end is known',
    example: null,
  })
  to!: string | null;
  @ApiProperty({
    description:
      'True when at least two independent sources agree on the rate and its start date, one of them the Commission (TEDB or its rates table), the national tax authority, the legal text or an adviser note naming the legal act; false means believed but not verified',
  })
  confirmed!: boolean;
  @ApiProperty({
    description: 'The sources the rate and its period were checked against',
    example: 'revenue.ie VAT rates',
  })
  source!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'The national provision setting the rate and the VAT Directive article allowing it, where known',
    example: 'VATCA 2010 s. 46(1)(c); VAT Directive Art. 118',
  })
  legalBasis!: string | null;
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
  @ApiProperty({
    type: [VatRateDetailResponse],
    description: 'Every rate in force on the date with its period, source and legal basis',
  })
  details!: VatRateDetailResponse[];
  @ApiProperty({ description: 'True when every rate in details is confirmed' })
  allConfirmed!: boolean;
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
