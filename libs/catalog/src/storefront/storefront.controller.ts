import { RequestLocale, type Locale } from '@app/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { StorefrontQueryDto } from './storefront.dto';
import { StorefrontService } from './storefront.service';

@ApiTags('storefront')
@Controller('v1/storefront')
export class StorefrontController {
  constructor(private readonly storefront: StorefrontService) {}

  @Get(':country/products')
  @ApiParam({ name: 'country', example: 'DE' })
  @ApiOkResponse({
    description:
      '`{ items, nextCursor }`: listings serving the market, VAT-inclusive prices in its currency',
  })
  search(
    @Param('country') country: string,
    @Query() query: StorefrontQueryDto,
    @RequestLocale() locale: Locale,
  ) {
    return this.storefront.search(country, locale, query);
  }

  @Get(':country/products/:id')
  @ApiOkResponse({
    description:
      'The product page: texts, price with VAT and prior price, trader identity, safety data',
  })
  @ApiNotFoundResponse({ description: 'Not published, not served in this market, or out of stock' })
  product(
    @Param('country') country: string,
    @Param('id') id: string,
    @RequestLocale() locale: Locale,
  ) {
    return this.storefront.product(country, locale, id);
  }
}
