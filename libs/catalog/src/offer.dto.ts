import { ApiProperty, ApiPropertyOptional, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsUUID } from 'class-validator';
import { MoneyDto, OfferDto, PriceDto } from './product.dto';

/** Items per `PUT /v1/vendors/{id}/offers` call; more is a 400 for the whole call. */
export const MAX_BULK_OFFER_ITEMS = 1000;

/**
 * `PATCH /v1/offers/{id}`: the operational fields of an offer, each optional; what is sent
 * replaces the field as a whole (all prices, all market prices, all shipping fees, all markets).
 */
export class UpdateOfferDto extends PartialType(OmitType(OfferDto, ['id'] as const)) {}

/** `POST /v1/products/{id}/offers`: a new offer of a listing. */
export class CreateOfferDto extends OmitType(OfferDto, ['id'] as const) {}

/** An offer as its seller sees it. */
export class OfferResponse {
  @ApiProperty({ format: 'uuid', description: 'Stable: never changes, never reused' })
  id!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ type: [PriceDto] }) prices!: PriceDto[];
  @ApiProperty({ example: { FR: { amount: 2099, currency: 'EUR' } } })
  marketPrices!: Record<string, PriceDto>;
  @ApiProperty({ minimum: 0 }) stock!: number;
  @ApiProperty({ type: [String], example: ['DE', 'AT'] }) markets!: string[];
  @ApiProperty() handlingDays!: number;
  @ApiProperty({ example: { DE: { amount: 490, currency: 'EUR' } } })
  shipping!: Record<string, MoneyDto>;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/**
 * One item of a bulk update: prices and stock (and shipping fees) of one offer; what is sent
 * replaces that field as a whole, as in PATCH /v1/offers/{id}. Markets are left out: adding a
 * market is a listing decision checked against that market's rules, made with PATCH.
 */
export class BulkOfferItemDto extends PartialType(
  PickType(OfferDto, ['prices', 'marketPrices', 'stock', 'shipping'] as const),
) {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  offerId!: string;
}

/**
 * `PUT /v1/vendors/{id}/offers`: only the envelope is checked here (a 400 for the whole call);
 * each item is checked on its own, so that a bad item fails alone.
 */
export class BulkOfferUpdateDto {
  @ApiProperty({ type: [BulkOfferItemDto], minItems: 1, maxItems: MAX_BULK_OFFER_ITEMS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_OFFER_ITEMS)
  @IsObject({ each: true })
  items!: Array<Record<string, unknown>>;
}

export class BulkOfferFieldError {
  @ApiProperty({ example: 'prices.0.amount' }) field!: string;
  @ApiProperty({ example: 'min' }) code!: string;
  @ApiProperty() message!: string;
}

export class BulkOfferError {
  @ApiProperty({
    example: 'validation-failed',
    description: 'The problem type, as in problem+json',
  })
  code!: string;
  @ApiProperty({ description: 'What to fix, in the caller’s language' }) message!: string;
  @ApiPropertyOptional({ description: 'The first field at fault, relative to the item' })
  field?: string;
  @ApiPropertyOptional({ type: [BulkOfferFieldError], description: 'Every field at fault' })
  errors?: BulkOfferFieldError[];
}

export type BulkOfferStatus = 'updated' | 'unchanged' | 'failed';

export class BulkOfferResult {
  @ApiProperty({ format: 'uuid', nullable: true, description: 'As sent; null if not a string' })
  offerId!: string | null;
  @ApiProperty({ enum: ['updated', 'unchanged', 'failed'] }) status!: BulkOfferStatus;
  @ApiPropertyOptional({ type: BulkOfferError }) error?: BulkOfferError;
}

/** One result per item, in the order of the items. */
export class BulkOfferUpdateResponse {
  @ApiProperty({ type: [BulkOfferResult] }) results!: BulkOfferResult[];
}
