import { SELLER_VENDOR_LOOKUP, type SellerVendorLookup } from '@app/platform';
import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Vendor } from './vendor.entity';

@Injectable()
export class SellerVendorLookupService implements SellerVendorLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async vendorIdOf(ownerId: string): Promise<string | null> {
    const vendor = await this.dataSource
      .getRepository(Vendor)
      .findOne({ where: { ownerId }, select: { id: true } });
    return vendor?.id ?? null;
  }
}

/**
 * Global so that the auth module in platform, which cannot import this lib, receives the lookup
 * for `GET /v1/me`; it holds nothing else, so no other vendor service leaks everywhere.
 */
@Global()
@Module({
  providers: [{ provide: SELLER_VENDOR_LOOKUP, useClass: SellerVendorLookupService }],
  exports: [SELLER_VENDOR_LOOKUP],
})
export class SellerVendorLookupModule {}
