import request from 'supertest';
import type { App } from 'supertest/types';
import type { SignedIn } from './accounts';

/** German title, description and safety text of a listing. */
export const germanText = (title: string) => ({
  title,
  description: `${title}, description`,
  safetyInformation: 'Keep away from fire.',
});

/**
 * A German-only listing of the vendor, created by `owner`, submitted and approved by `admin`
 * over HTTP, with one offer for DE at 30.00 EUR and stock 5.
 * Returns the listing's id and its offer's id.
 */
export async function publishedListing(
  http: App,
  owner: SignedIn,
  vendorId: string,
  admin: SignedIn,
  title: string,
): Promise<{ id: string; offerId: string }> {
  const created = await request(http)
    .post(`/v1/vendors/${vendorId}/products`)
    .set(owner.auth)
    .send({
      category: 'kitchen',
      translations: { de: germanText(title) },
      manufacturer: {
        name: 'Porzellan Werke AG',
        address: 'Werkstraße 1, 95100 Selb',
        email: 'safety@porzellan.example',
        country: 'DE',
      },
      offers: [{ prices: [{ amount: 3000, currency: 'EUR' }], stock: 5, markets: ['DE'] }],
    })
    .expect(201);
  const id = created.body.id as string;
  await request(http).post(`/v1/products/${id}/submit`).set(owner.auth).expect(200);
  await request(http)
    .post(`/v1/admin/products/${id}/decisions`)
    .set(admin.auth)
    .send({ decision: 'approve' })
    .expect(201);
  return { id, offerId: created.body.offers[0].id as string };
}
