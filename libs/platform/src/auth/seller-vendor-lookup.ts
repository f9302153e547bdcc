/**
 * Which vendor a seller account owns, for `GET /v1/me`. The vendors module owns that table and
 * provides this; platform cannot import a domain lib, so it asks through this port.
 */
export interface SellerVendorLookup {
  vendorIdOf(ownerId: string): Promise<string | null>;
}

export const SELLER_VENDOR_LOOKUP = Symbol('SELLER_VENDOR_LOOKUP');
