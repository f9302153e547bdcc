import type { Locale } from '@app/platform';
import type { ProductResponse } from './product.dto';
import type { Offer, Product } from './product.entity';

export function toProductResponse(product: Product, offers: Offer[]): ProductResponse {
  return {
    id: product.id,
    vendorId: product.vendorId,
    status: product.status,
    category: product.category,
    gtin: product.gtin,
    images: product.images,
    attributes: product.attributes,
    translations: product.translations as ProductResponse['translations'],
    manufacturer: product.manufacturer,
    responsiblePerson: product.responsiblePerson,
    offers: offers.map((offer) => ({
      id: offer.id,
      prices: offer.prices,
      marketPrices: offer.marketPrices,
      stock: offer.stock,
      markets: offer.markets,
      handlingDays: offer.handlingDays,
      shipping: offer.shipping,
    })),
    revision: product.revision,
    revisionStatus: product.revisionStatus,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

/** The listing's title in `locale`, else in its first language, else its id. */
export function listingTitle(
  product: Pick<Product, 'id' | 'translations'>,
  locale: Locale,
): string {
  return (
    product.translations[locale]?.title ??
    Object.values(product.translations)[0]?.title ??
    product.id
  );
}
