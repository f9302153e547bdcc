import { OutboxModule } from '@app/platform';
import { VendorsModule } from '@app/vendors';
import { Module } from '@nestjs/common';
import { CategoriesController } from './categories.controller';
import {
  AdminModerationController,
  ModerationController,
} from './moderation/moderation.controller';
import { ModerationService } from './moderation/moderation.service';
import { NoticesService } from './moderation/notices.service';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';

/** Listings: the taxonomy, products with offers, their review, DSA notices, decisions and complaints. */
@Module({
  imports: [VendorsModule, OutboxModule],
  controllers: [
    CategoriesController,
    ProductsController,
    AdminModerationController,
    ModerationController,
  ],
  providers: [ProductsService, ModerationService, NoticesService],
  exports: [ProductsService],
})
export class CatalogModule {}
