import {
  Authenticated,
  CurrentUser,
  RequestLocale,
  type AuthenticatedUser,
  type Locale,
} from '@app/platform';
import {
  Body,
  Controller,
  Delete,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Put,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { BulkOffersService } from './bulk-offers.service';
import {
  BulkOfferUpdateDto,
  BulkOfferUpdateResponse,
  CreateOfferDto,
  MAX_BULK_OFFER_ITEMS,
  OfferResponse,
  UpdateOfferDto,
} from './offer.dto';
import { OffersService } from './offers.service';

const CHECKED_AT_ONCE =
  'listing-incomplete: on a published listing (or one under review), a market the offer would ' +
  'serve lacks the listing’s texts in its language, the seller’s registrations there, a price ' +
  'in its currency or the GPSR data; `errors` names each item (`markets.<country>.…`). Nothing is ' +
  'written.';

/** Offers change at once, without review: see OffersService. */
@ApiTags('catalog')
@Controller('v1')
export class OffersController {
  constructor(
    private readonly offers: OffersService,
    private readonly bulkOffers: BulkOffersService,
  ) {}

  @Put('vendors/:id/offers')
  @HttpCode(HttpStatus.OK)
  @Authenticated('seller')
  @ApiOperation({
    summary: 'Change prices, stock and shipping fees of many offers at once, answered per item',
    description:
      `Up to ${MAX_BULK_OFFER_ITEMS} items \`{ offerId, prices?, marketPrices?, stock?, shipping? }\`; ` +
      'each field sent replaces that field as a whole, as in PATCH /v1/offers/{id}, and is ' +
      'checked the same way (a price change on a live listing against its markets’ rules). ' +
      'Markets are not changed here: use PATCH /v1/offers/{id}. Each item is answered in ' +
      '`results`, in order: `updated`, `unchanged`, or `failed` with an `error` (for example ' +
      '`offer-not-found` for an offer that is not the vendor’s, `validation-failed`, ' +
      '`listing-incomplete`); a failed item writes nothing and does not hold back the others. ' +
      'Price changes are recorded in the price history (Omnibus).',
  })
  @ApiOkResponse({ type: BulkOfferUpdateResponse, description: 'One result per item, in order' })
  @ApiBadRequestResponse({
    description: `The body is not \`{ items: [...] }\` with 1 to ${MAX_BULK_OFFER_ITEMS} objects; nothing is written`,
  })
  @ApiForbiddenResponse({ description: 'Not a seller' })
  @ApiNotFoundResponse({ description: 'No such vendor, or not the caller’s' })
  updateMany(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') vendorId: string,
    @Body() body: BulkOfferUpdateDto,
    @RequestLocale() locale: Locale,
  ): Promise<BulkOfferUpdateResponse> {
    return this.bulkOffers.update(actor, vendorId, body.items, locale);
  }

  @Patch('offers/:id')
  @Authenticated('seller')
  @ApiOperation({
    summary: 'Change an offer’s price, stock, shipping fees or markets at once',
    description:
      'Operational data changes without admin review, also on a published listing; texts, ' +
      'images and safety data change through PATCH /v1/products/{id} and its revision review. ' +
      'Each field sent replaces that field as a whole. Price changes are recorded in the price ' +
      'history that the storefront’s prior price (Omnibus) reads.',
  })
  @ApiOkResponse({ type: OfferResponse, description: 'The offer as it now is' })
  @ApiBadRequestResponse({ description: 'A field is malformed; `errors` names it' })
  @ApiNotFoundResponse({ description: 'No such offer, removed, or not the caller’s' })
  @ApiConflictResponse({ description: 'The listing was removed by the marketplace' })
  @ApiUnprocessableEntityResponse({ description: CHECKED_AT_ONCE })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: UpdateOfferDto,
  ): Promise<OfferResponse> {
    return this.offers.update(actor, id, body);
  }

  @Post('products/:id/offers')
  @Authenticated('seller')
  @ApiOperation({ summary: 'Add an offer to a listing, live at once' })
  @ApiCreatedResponse({ type: OfferResponse })
  @ApiNotFoundResponse({ description: 'No such listing, or not the caller’s' })
  @ApiConflictResponse({ description: 'The listing was removed by the marketplace' })
  @ApiUnprocessableEntityResponse({ description: CHECKED_AT_ONCE })
  add(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') productId: string,
    @Body() body: CreateOfferDto,
  ): Promise<OfferResponse> {
    return this.offers.add(actor, productId, body);
  }

  @Delete('offers/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Authenticated('seller')
  @ApiOperation({
    summary: 'Take an offer off sale',
    description:
      'Hidden from the storefront and from new carts at once; its id, row and price history ' +
      'stay, as carts and orders refer to it.',
  })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such offer, already removed, or not the caller’s' })
  remove(@CurrentUser() actor: AuthenticatedUser, @Param('id') id: string): Promise<void> {
    return this.offers.remove(actor, id);
  }
}
