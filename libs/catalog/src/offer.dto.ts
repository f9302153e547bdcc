import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { MoneyDto, OfferDto, PriceDto } from './product.dto';

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
