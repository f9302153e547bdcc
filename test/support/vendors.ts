import request from 'supertest';
import type { App } from 'supertest/types';
import type { SignedIn } from './accounts';
import { germanGmbh, PDF_BYTES } from './fixtures';

/** POST /v1/vendors as the caller, in a language if given; the caller sends the body. */
export function postVendor(http: App, caller: SignedIn, language?: string) {
  const call = request(http).post('/v1/vendors').set(caller.auth);
  return language ? call.set('Accept-Language', language) : call;
}

/** PATCH of the vendor as the caller, in a language if given; the caller sends the body. */
export function patchVendor(http: App, caller: SignedIn, vendorId: string, language?: string) {
  const call = request(http).patch(`/v1/vendors/${vendorId}`).set(caller.auth);
  return language ? call.set('Accept-Language', language) : call;
}

/** Creates a draft vendor over HTTP, by default a German GmbH. Returns its id. */
export async function draftVendor(
  http: App,
  owner: SignedIn,
  body: Record<string, unknown> = germanGmbh(),
): Promise<string> {
  const created = await postVendor(http, owner).send(body).expect(201);
  return created.body.id as string;
}

export interface DocumentFile {
  /** The file's bytes: a PDF unless told. */
  content?: Buffer;
  /** The file name sent: `<type>.pdf` unless told. */
  name?: string;
  /** The id of the vendor's document this one replaces. */
  replaces?: string;
}

/** Uploads a document of the vendor over HTTP; the caller sets what it expects of the answer. */
export function uploadDocument(
  http: App,
  owner: SignedIn,
  vendorId: string,
  type: string,
  { content = PDF_BYTES, name = `${type}.pdf`, replaces }: DocumentFile = {},
) {
  const call = request(http)
    .post(`/v1/vendors/${vendorId}/documents`)
    .set(owner.auth)
    .field('type', type);
  if (replaces !== undefined) call.field('replaces', replaces);
  return call.attach('file', content, name);
}

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
  const id = await draftVendor(http, owner, germanGmbh({ registrations }));
  for (const type of ['registerExtract', 'representativeId']) {
    await uploadDocument(http, owner, id, type).expect(201);
  }
  await request(http).post(`/v1/vendors/${id}/submit`).set(owner.auth).expect(200);
  await request(http).post(`/v1/admin/vendors/${id}/approve`).set(admin.auth).send({}).expect(200);
  return id;
}
