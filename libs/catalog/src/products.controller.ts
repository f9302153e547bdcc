import { Authenticated, CurrentUser, type AuthenticatedUser, type Page } from '@app/platform';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  ProductDetailsDto,
  ProductResponse,
  UpdateProductDto,
  VendorListingPage,
  VendorListingQueryDto,
  type VendorListingResponse,
} from './product.dto';
import { ProductsService } from './products.service';
import { VendorListingsService } from './vendor-listings.service';

@ApiTags('catalog')
@Controller('v1')
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly listings: VendorListingsService,
  ) {}

  @Get('vendors/:vendorId/products')
  @Authenticated('seller', 'admin')
  @ApiOkResponse({
    type: VendorListingPage,
    description:
      'The vendor’s listings, most recently changed first, each with its status and open revision',
  })
  @ApiBadRequestResponse({ description: 'An unknown `status`, or a `cursor` not from this list' })
  @ApiForbiddenResponse({ description: 'Not a seller or an admin' })
  @ApiNotFoundResponse({ description: 'No such vendor, or not the caller’s' })
  listOfVendor(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('vendorId') vendorId: string,
    @Query() query: VendorListingQueryDto,
  ): Promise<Page<VendorListingResponse>> {
    return this.listings.list(actor, vendorId, query);
  }

  @Post('vendors/:vendorId/products')
  @Authenticated('seller')
  @ApiCreatedResponse({ type: ProductResponse, description: 'A draft listing with its offers' })
  @ApiNotFoundResponse({ description: 'No such vendor, or not the caller’s' })
  create(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('vendorId') vendorId: string,
    @Body() body: ProductDetailsDto,
  ): Promise<ProductResponse> {
    return this.products.create(actor, vendorId, body);
  }

  @Get('products/:id')
  @Authenticated('seller', 'admin')
  @ApiOkResponse({ type: ProductResponse })
  get(@CurrentUser() actor: AuthenticatedUser, @Param('id') id: string): Promise<ProductResponse> {
    return this.products.get(actor, id);
  }

  @Patch('products/:id')
  @Authenticated('seller')
  @ApiOkResponse({
    type: ProductResponse,
    description:
      'The listing; a published one keeps its approved version live and holds the changes as a ' +
      'revision to submit for review',
  })
  @ApiConflictResponse({ description: 'Under review or removed' })
  @ApiUnprocessableEntityResponse({
    description:
      'unknown-offer: an `offers.<n>.id` is not an offer of this listing (another listing’s, or ' +
      'none); nothing is written',
  })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: UpdateProductDto,
  ): Promise<ProductResponse> {
    return this.products.update(actor, id, body);
  }

  @Post('products/:id/submit')
  @HttpCode(HttpStatus.OK)
  @Authenticated('seller')
  @ApiOkResponse({ type: ProductResponse })
  @ApiUnprocessableEntityResponse({
    description:
      'Lists, per market, what is missing; or unknown-offer when a revision names an offer the ' +
      'listing no longer has',
  })
  submit(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<ProductResponse> {
    return this.products.submit(actor, id);
  }

  @Post('products/:id/unpublish')
  @HttpCode(HttpStatus.OK)
  @Authenticated('seller')
  @ApiOkResponse({ type: ProductResponse })
  unpublish(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<ProductResponse> {
    return this.products.unpublish(actor, id);
  }
}
