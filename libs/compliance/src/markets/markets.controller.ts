import { RequestLocale, type Locale } from '@app/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { MarketListResponse, MarketQueryDto, MarketResponse } from './markets.dto';
import { MarketsService } from './markets.service';

@ApiTags('markets')
@Controller('v1/markets')
export class MarketsController {
  constructor(private readonly markets: MarketsService) {}

  @Get()
  @ApiOkResponse({ type: MarketListResponse, description: 'The 27 EU member states' })
  list(@Query() query: MarketQueryDto, @RequestLocale() locale: Locale): MarketListResponse {
    return { items: this.markets.list(locale, query.date) };
  }

  @Get(':country')
  @ApiParam({
    name: 'country',
    description: 'ISO 3166-1 alpha-2 code, any letter case',
    example: 'de',
  })
  @ApiOkResponse({ type: MarketResponse })
  @ApiNotFoundResponse({ description: 'Not an EU member state' })
  get(
    @Param('country') country: string,
    @Query() query: MarketQueryDto,
    @RequestLocale() locale: Locale,
  ): MarketResponse {
    return this.markets.get(country, locale, query.date);
  }
}
