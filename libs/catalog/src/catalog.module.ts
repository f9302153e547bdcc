import { VendorsModule } from '@app/vendors';
import { Module } from '@nestjs/common';
import { CategoriesController } from './categories.controller';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';

/** Listings: the taxonomy, products with offers, and their submission for review. */
@Module({
  imports: [VendorsModule],
  controllers: [CategoriesController, ProductsController],
  providers: [ProductsService],
  exports: [ProductsService],
})
export class CatalogModule {}
