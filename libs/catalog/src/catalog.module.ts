import { DOCUMENT_STORAGE, LocalDiskStorage, OutboxModule } from '@app/platform';
import { VendorsModule } from '@app/vendors';
import { Module } from '@nestjs/common';
import { BulkOffersService } from './bulk-offers.service';
import { CategoriesController } from './categories.controller';
import {
  AdminModerationController,
  ModerationController,
} from './moderation/moderation.controller';
import { ModerationService } from './moderation/moderation.service';
import { NoticesService } from './moderation/notices.service';
import { OfferImportsController } from './offer-imports.controller';
import { OfferImportsService } from './offer-imports.service';
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';
import { StorefrontController } from './storefront/storefront.controller';
import { StorefrontService } from './storefront/storefront.service';
import { VendorListingsService } from './vendor-listings.service';

/** Listings: taxonomy, products and offers, review with DSA notices and complaints, and the storefront. */
@Module({
  imports: [VendorsModule, OutboxModule],
  controllers: [
    CategoriesController,
    ProductsController,
    OffersController,
    OfferImportsController,
    AdminModerationController,
    ModerationController,
    StorefrontController,
  ],
  providers: [
    ProductsService,
    OffersService,
    OfferImportsService,
    { provide: DOCUMENT_STORAGE, useClass: LocalDiskStorage },
    BulkOffersService,
    ModerationService,
    NoticesService,
    StorefrontService,
    VendorListingsService,
  ],
  exports: [ProductsService, OffersService],
})
export class CatalogModule {}
