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
