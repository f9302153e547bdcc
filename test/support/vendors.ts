import request from 'supertest';
import type { App } from 'supertest/types';
import type { SignedIn } from './accounts';
import { germanGmbh, PDF_BYTES } from './fixtures';

/**
 * A German GmbH taken through onboarding to approval over HTTP, holding the given registrations
 * (by default the German packaging number only). Returns the vendor id.
 */
export async function approvedVendor(
  http: App,
  owner: SignedIn,
  admin: SignedIn,
  registrations: Record<string, Record<string, string>> = { DE: { packaging: 'DE1234567890123' } },
): Promise<string> {
  const created = await request(http)
    .post('/v1/vendors')
    .set(owner.auth)
    .send(germanGmbh({ registrations }))
    .expect(201);
  const id = created.body.id as string;
  for (const type of ['registerExtract', 'representativeId']) {
    await request(http)
      .post(`/v1/vendors/${id}/documents`)
      .set(owner.auth)
      .field('type', type)
      .attach('file', PDF_BYTES, `${type}.pdf`)
      .expect(201);
  }
  await request(http).post(`/v1/vendors/${id}/submit`).set(owner.auth).expect(200);
  await request(http).post(`/v1/admin/vendors/${id}/approve`).set(admin.auth).send({}).expect(200);
  return id;
}
