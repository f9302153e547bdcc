import type { ProductText } from '@app/compliance';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  toPage,
  User,
  type AuthenticatedUser,
  type Page,
} from '@app/platform';
import { sellerLocale, VendorsService } from '@app/vendors';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ProductStatus } from './product-lifecycle';
import type { VendorListingQueryDto, VendorListingResponse } from './product.dto';
import { Product } from './product.entity';
import { listingTitle } from './product-view';

interface VendorListingRow {
  id: string;
  status: ProductStatus;
  revisionStatus: 'draft' | 'pending_review' | null;
  category: string;
  /** Only the titles: descriptions can be long and are not shown in the list. */
  translations: Record<string, ProductText>;
  offerCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** `%`, `_` and the escape character itself match literally in `ILIKE … ESCAPE '\'`. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** A seller's own listings, newest change first, for the seller and for admins. */
@Injectable()
export class VendorListingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vendors: VendorsService,
  ) {}

  /**
   * One page in one query, keyed on (updated_at, id) so that pages neither repeat nor skip rows
   * while other listings are added; a listing changed while the seller pages moves to the top.
   */
  async list(
    actor: AuthenticatedUser,
    vendorId: string,
    query: VendorListingQueryDto,
  ): Promise<Page<VendorListingResponse>> {
    // The same 404 as the other vendor routes for a vendor that is not the caller's.
    const vendor = await this.vendors.readable(actor, vendorId);
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.dataSource
      .getRepository(Product)
      .createQueryBuilder('product')
      .select('product.id', 'id')
      .addSelect('product.status', 'status')
      .addSelect('product.revision_status', 'revisionStatus')
      .addSelect('product.category', 'category')
      .addSelect(
        `COALESCE((SELECT jsonb_object_agg(translation.key,
            jsonb_build_object('title', translation.value -> 'title'))
          FROM jsonb_each(product.translations) translation), '{}'::jsonb)`,
        'translations',
      )
      .addSelect(
        '(SELECT count(*)::int FROM offers offer WHERE offer.product_id = product.id AND offer.deleted_at IS NULL)',
        'offerCount',
      )
      .addSelect('product.created_at', 'createdAt')
      .addSelect('product.updated_at', 'updatedAt')
      .where('product.vendor_id = :vendorId', { vendorId: vendor.id })
      .orderBy('product.updated_at', 'DESC')
      .addOrderBy('product.id', 'DESC')
      .limit(limit + 1);
    if (query.status) builder.andWhere('product.status = :status', { status: query.status });
    if (query.q) {
      builder.andWhere(
        `EXISTS (SELECT 1 FROM listing_texts listing_text
          WHERE listing_text.product_id = product.id
            AND listing_text.title ILIKE :pattern ESCAPE '\\')`,
        { pattern: containsPattern(query.q) },
      );
    }
    if (after) {
      builder.andWhere('(product.updated_at, product.id) < (:updatedAt, :id)', {
        updatedAt: after.createdAt,
        id: after.id,
      });
    }
    const [rows, owner] = await Promise.all([
      builder.getRawMany<VendorListingRow>(),
      this.dataSource.getRepository(User).findOneByOrFail({ id: vendor.ownerId }),
    ]);
    const locale = sellerLocale(vendor, owner);
    // The keyset helper calls its timestamp createdAt; this list is keyed on updated_at.
    const keyed = rows.map((row) => ({ id: row.id, createdAt: row.updatedAt, row }));
    return toPage(keyed, limit, ({ row }) => ({
      id: row.id,
      status: row.status,
      revisionStatus: row.revisionStatus,
      title: listingTitle(row, locale),
      category: row.category,
      offerCount: row.offerCount,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }
}
