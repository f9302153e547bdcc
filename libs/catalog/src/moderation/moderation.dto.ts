import { IsCalendarDate, MEMBER_STATE_CODES } from '@app/compliance';
import {
  HasNoInvisibleCharacters,
  IsVisibleText,
  PageQueryDto,
  toNormalizedEmail,
} from '@app/platform';
import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  Equals,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PRODUCT_CATEGORY_SLUGS } from '../category-taxonomy';
import {
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATUSES,
  DECISION_GROUNDS,
  DECISIONS,
  STATEMENT_CATEGORIES,
  type ComplaintOutcome,
  type ComplaintStatus,
  type Decision,
  type DecisionGround,
  type StatementCategory,
} from './moderation.types';
import { IsNoticeIdOrReference, toNoticeIdOrReference } from './notice-reference';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

export class DecisionRequestDto {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  decision!: Decision;

  @ApiPropertyOptional({
    enum: STATEMENT_CATEGORIES,
    description: 'Required for reject and remove (DSA Transparency Database category)',
  })
  @IsOptional()
  @IsIn(STATEMENT_CATEGORIES)
  reason?: StatementCategory;

  @ApiPropertyOptional({
    description:
      'Facts and circumstances relied on (DSA Art. 17(3)(b)); required for reject and remove',
    maxLength: 2000,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  @IsVisibleText()
  explanation?: string;

  @ApiPropertyOptional({
    enum: DECISION_GROUNDS,
    description: 'illegal: the law (17(3)(d)); terms: the terms of service (17(3)(e))',
  })
  @IsOptional()
  @IsIn(DECISION_GROUNDS)
  ground?: DecisionGround;

  @ApiPropertyOptional({
    description: 'The legal provision, when ground is illegal',
    example: 'Regulation (EU) 2023/988 Art. 5',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  legalGround?: string;

  @ApiPropertyOptional({
    description: 'The clause of the terms, when ground is terms',
    example: 'Terms of service §4.2',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  termsGround?: string;

  @ApiPropertyOptional({
    description:
      'The notice this decision answers: its id (UUID) or the public reference its author was ' +
      'given, in any case',
    example: 'N-0B1CC1FD5104',
  })
  @IsOptional()
  @Transform(toNoticeIdOrReference)
  @IsNoticeIdOrReference()
  noticeId?: string;
}

export class ModerationQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MEMBER_STATE_CODES, description: 'Listings serving this market' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.toUpperCase() : value,
  )
  @IsIn(MEMBER_STATE_CODES)
  country?: string;

  @ApiPropertyOptional({ enum: PRODUCT_CATEGORY_SLUGS })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORY_SLUGS)
  category?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  vendorId?: string;
}

export class ComplaintQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES)
  status?: ComplaintStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Complaints about this listing' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Complaints about this vendor’s listings' })
  @IsOptional()
  @IsUUID()
  vendorId?: string;
}

export class ComplaintRequestDto {
  @ApiProperty({ description: 'Why the decision is wrong', maxLength: 5000 })
  @Transform(trimmed)
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  @IsVisibleText()
  text!: string;
}

/**
 * The outcome of a complaint. Upholding a notifier's complaint against a decision to take no
 * action reverses it (DSA Art. 20(4)) by removing the listing, a restrictive decision that needs
 * its own statement of reasons (Art. 17(3)): `reason`, `explanation`, `ground` and the legal or
 * contractual ground, as in a decision. They are ignored in every other case.
 */
export class ComplaintResolutionDto extends PickType(DecisionRequestDto, [
  'reason',
  'explanation',
  'ground',
  'legalGround',
  'termsGround',
] as const) {
  @ApiProperty({ enum: COMPLAINT_OUTCOMES })
  @IsIn(COMPLAINT_OUTCOMES)
  outcome!: ComplaintOutcome;

  @ApiProperty({
    maxLength: 2000,
    description: 'The reasoned decision on the complaint, sent to its author (DSA Art. 20(5))',
  })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  resolution!: string;
}

export class NoticeRequestDto {
  @ApiProperty({ format: 'uuid', description: 'The listing concerned' })
  @IsUUID()
  productId!: string;

  @ApiProperty({ enum: STATEMENT_CATEGORIES, description: 'The kind of illegality alleged' })
  @IsIn(STATEMENT_CATEGORIES)
  category!: StatementCategory;

  @ApiProperty({
    description: 'Why the content is illegal (DSA Art. 16(2)(a))',
    minLength: 20,
    maxLength: 5000,
  })
  @Transform(trimmed)
  @IsString()
  @MinLength(20)
  @MaxLength(5000)
  @IsVisibleText()
  explanation!: string;

  @ApiPropertyOptional({ description: 'Optional where the law allows (Art. 16(2)(c))' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsVisibleText()
  notifierName?: string;

  @ApiPropertyOptional({
    description:
      'Where the acknowledgement and the outcome are sent. NFKC-normalised and lower-cased like ' +
      'account emails; invisible and bidi-control characters are refused.',
  })
  @IsOptional()
  @Transform(toNormalizedEmail)
  @IsEmail()
  @HasNoInvisibleCharacters()
  @MaxLength(254)
  notifierEmail?: string;

  @ApiProperty({
    description:
      'Bona fide statement that the notice is accurate and complete (Art. 16(2)(d)); must be true',
  })
  @IsBoolean()
  @Equals(true)
  goodFaith!: boolean;
}

export class StatementExportQueryDto {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'First decision date included' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last decision date included' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

/**
 * What the anonymous author of a notice learns of its complaint: enough to refer to it, and no
 * internal ids (decision, notice, accounts) or reviewer details.
 */
export class NoticeComplaintReceipt {
  @ApiProperty({ format: 'uuid', description: 'The complaint, to quote when writing about it' })
  id!: string;

  @ApiProperty({ example: 'N-0B1CC1FD5104', description: 'The notice whose decision is contested' })
  noticeReference!: string;

  @ApiProperty({ enum: COMPLAINT_STATUSES })
  status!: ComplaintStatus;

  @ApiProperty({ format: 'date-time', description: 'When the complaint was lodged' })
  receivedAt!: string;
}
