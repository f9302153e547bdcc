import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types';
import { signUp, type SignedIn } from './support/accounts';
import { PDF_BYTES, PNG_BYTES } from './support/fixtures';
import { startTestSystemWithAdmin, type TestSystem } from './support/test-system';
import { raceWithLockedVendor } from './support/row-locks';
import { draftVendor, uploadDocument, type DocumentFile } from './support/vendors';

const JPEG_BYTES = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
  Buffer.alloc(512, 7),
]);

interface AuditEntry {
  action: string;
  actorId: string | null;
  actorRole: string;
  fromStatus: string | null;
  toStatus: string | null;
  details: Record<string, unknown> | null;
}

describe('vendor documents (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin());
  });
  afterAll(async () => {
    await system?.stop();
  });

  /** A new seller with a draft German GmbH. */
  async function sellerWithDraft(): Promise<{ seller: SignedIn; vendorId: string }> {
    const seller = await signUp(http, 'seller');
    return { seller, vendorId: await draftVendor(http, seller) };
  }

  const upload = (seller: SignedIn, vendorId: string, type: string, file?: DocumentFile) =>
    uploadDocument(http, seller, vendorId, type, file);

  /** Rows, stored files and audit entries of the vendor: what a refused upload must leave alone. */
  async function footprint(vendorId: string) {
    const folder = join(system.config.STORAGE_DIR, 'vendors', vendorId);
    const [documents] = await system.dataSource.query(
      'SELECT count(*)::int AS n FROM vendor_documents WHERE vendor_id = $1',
      [vendorId],
    );
    const [audit] = await system.dataSource.query(
      'SELECT count(*)::int AS n FROM vendor_audit_log WHERE vendor_id = $1',
      [vendorId],
    );
    return {
      documents: documents.n as number,
      files: existsSync(folder) ? readdirSync(folder).sort() : [],
      auditEntries: audit.n as number,
    };
  }

  async function auditLog(vendorId: string): Promise<AuditEntry[]> {
    const response = await request(http)
      .get(`/v1/admin/vendors/${vendorId}/audit-log`)
      .set(admin.auth)
      .expect(200);
    return response.body as AuditEntry[];
  }

  describe('caps', () => {
    it('refuses a fourth document of one type with a localized 409 and writes nothing', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      for (let page = 1; page <= 3; page += 1)
        await upload(seller, vendorId, 'registerExtract').expect(201);
      const before = await footprint(vendorId);

      const refused = await upload(seller, vendorId, 'registerExtract')
        .set('Accept-Language', 'de')
        .expect(409);

      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({
        status: 409,
        code: 'too-many-documents-of-type',
        title: 'Zu viele Dokumente dieser Art',
        detail:
          'Ein Händler kann höchstens 3 Dokumente der Art „Registerauszug“ haben, und dieser Händler hat die Grenze erreicht. Um ein weiteres hochzuladen, ersetzen Sie eines davon: Senden Sie seine ID im Feld "replaces".',
      });
      expect(await footprint(vendorId)).toEqual(before);
      // Other types still have room.
      await upload(seller, vendorId, 'representativeId', {
        content: PNG_BYTES,
        name: 'id.png',
      }).expect(201);
    });

    it('refuses a seventh document in all, and writes nothing', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      for (const type of ['registerExtract', 'representativeId']) {
        for (let page = 1; page <= 3; page += 1) await upload(seller, vendorId, type).expect(201);
      }
      const before = await footprint(vendorId);

      const refused = await upload(seller, vendorId, 'proofOfAddress').expect(409);

      expect(refused.body).toMatchObject({
        code: 'too-many-documents',
        detail:
          'A vendor may hold at most 6 documents in all, and this vendor has reached that limit. To upload another, replace one of them: send its id in the field "replaces".',
      });
      expect(await footprint(vendorId)).toEqual(before);
    });

    it('holds the cap when uploads arrive at the same moment', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => upload(seller, vendorId, 'proofOfAddress')),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 201, 409, 409]);
      const after = await footprint(vendorId);
      expect(after.documents).toBe(3);
      expect(after.files).toHaveLength(3);
    });
  });

  describe('replacing', () => {
    it('replaces a document at the cap: the new one is stored, the old row and file are gone', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const ids: string[] = [];
      for (let page = 1; page <= 3; page += 1)
        ids.push((await upload(seller, vendorId, 'representativeId').expect(201)).body.id);

      const replacement = await upload(seller, vendorId, 'representativeId', {
        content: PNG_BYTES,
        name: 'back.png',
        replaces: ids[0],
      }).expect(201);

      const listed = await request(http)
        .get(`/v1/vendors/${vendorId}/documents`)
        .set(seller.auth)
        .expect(200);
      expect(listed.body.map((document: { id: string }) => document.id).sort()).toEqual(
        [ids[1], ids[2], replacement.body.id].sort(),
      );
      expect((await footprint(vendorId)).files).toEqual(
        [ids[1], ids[2], replacement.body.id].sort(),
      );
      const entry = (await auditLog(vendorId)).at(-1);
      expect(entry).toMatchObject({
        action: 'documentUploaded',
        details: { documentId: replacement.body.id, replacedDocumentId: ids[0] },
      });
    });

    it('answers 404 for a document to replace that the vendor does not have, and writes nothing', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const { seller: other, vendorId: otherVendorId } = await sellerWithDraft();
      const foreign = (await upload(other, otherVendorId, 'registerExtract').expect(201)).body.id;
      const before = await footprint(vendorId);

      const refused = await upload(seller, vendorId, 'registerExtract', {
        replaces: foreign,
      }).expect(404);

      expect(refused.body).toMatchObject({ code: 'document-not-found' });
      expect(await footprint(vendorId)).toEqual(before);
      expect((await footprint(otherVendorId)).documents).toBe(1);
    });

    it('refuses a malformed document id to replace with 400', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const before = await footprint(vendorId);
      const refused = await upload(seller, vendorId, 'registerExtract', {
        replaces: 'not-an-id',
      }).expect(400);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'replaces', code: 'isUuid' }),
      ]);
      expect(await footprint(vendorId)).toEqual(before);
    });

    it('makes a submission wait for a replacement in progress and check the documents it leaves', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const extract = (await upload(seller, vendorId, 'registerExtract').expect(201)).body.id;
      await upload(seller, vendorId, 'representativeId').expect(201);

      // An upload of another type that replaces the register extract holds the vendor row when
      // the submission arrives, and commits after: the vendor no longer has a register extract.
      const answer = await raceWithLockedVendor(
        system.dataSource,
        vendorId,
        (transaction) => transaction.query('DELETE FROM vendor_documents WHERE id = $1', [extract]),
        () => request(http).post(`/v1/vendors/${vendorId}/submit`).set(seller.auth),
      );

      expect(answer.status).toBe(422);
      expect(answer.body.errors).toEqual([
        expect.objectContaining({ field: 'documents.registerExtract', code: 'documentRequired' }),
      ]);
      const [row] = await system.dataSource.query('SELECT status FROM vendors WHERE id = $1', [
        vendorId,
      ]);
      expect(row.status).toBe('draft');
    });
  });

  describe('download', () => {
    it('gives a seller no document of another vendor, even named under its own vendor', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const { seller: other, vendorId: otherVendorId } = await sellerWithDraft();
      const foreign = (await upload(other, otherVendorId, 'registerExtract').expect(201)).body.id;
      for (const path of [
        `/v1/vendors/${vendorId}/documents/${foreign}/content`,
        `/v1/vendors/${otherVendorId}/documents/${foreign}/content`,
      ]) {
        const refused = await request(http).get(path).set(seller.auth).expect(404);
        expect(refused.body.code).toMatch(/^(document|vendor)-not-found$/);
      }
    });

    it.each([
      [
        'Handelsregister Müller (2024).pdf',
        PDF_BYTES,
        'application/pdf',
        'Handelsregister Muller (2024).pdf',
        'Handelsregister%20M%C3%BCller%20%282024%29.pdf',
      ],
      // The extension is the detected type's, not the claimed one.
      ['scan.pdf', JPEG_BYTES, 'image/jpeg', 'scan.jpg', 'scan.jpg'],
      ['ausweis', PNG_BYTES, 'image/png', 'ausweis.png', 'ausweis.png'],
      ['../"evil"\r\n.png', PNG_BYTES, 'image/png', '_evil___.png', '_evil___.png'],
    ])(
      'offers %j under a safe name with the extension of its type',
      async (uploadedName, content, contentType, asciiName, encodedName) => {
        const { seller, vendorId } = await sellerWithDraft();
        const document = await upload(seller, vendorId, 'registerExtract', {
          content,
          name: uploadedName,
        }).expect(201);
        for (const reader of [seller, admin]) {
          const download = await request(http)
            .get(`/v1/vendors/${vendorId}/documents/${document.body.id}/content`)
            .set(reader.auth)
            .expect(200);
          expect(download.headers['content-type']).toBe(contentType);
          expect(download.headers['content-disposition']).toBe(
            `attachment; filename="${asciiName}"; filename*=UTF-8''${encodedName}`,
          );
        }
      },
    );
  });

  it('keeps a file name sent as UTF-8, as browsers send it', async () => {
    const { seller, vendorId } = await sellerWithDraft();
    const document = await upload(seller, vendorId, 'registerExtract', {
      name: 'Výpis z obchodního rejstříku.pdf',
    }).expect(201);
    expect(document.body.fileName).toBe('Výpis z obchodního rejstříku.pdf');
  });

  describe('audit log', () => {
    it('records each upload with who, the document’s id, type and size, and the status then', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      const document = await upload(seller, vendorId, 'registerExtract', {
        content: PNG_BYTES,
        name: 'hrb.png',
      }).expect(201);

      const entries = await auditLog(vendorId);
      const uploaded = entries.filter((entry) => entry.action === 'documentUploaded');
      expect(uploaded).toEqual([
        expect.objectContaining({
          actorId: seller.id,
          actorRole: 'seller',
          fromStatus: 'draft',
          toStatus: 'draft',
          createdAt: expect.any(String),
          details: {
            documentId: document.body.id,
            documentType: 'registerExtract',
            contentType: 'image/png',
            sizeBytes: PNG_BYTES.length,
            sha256: document.body.sha256,
            replacedDocumentId: null,
          },
        }),
      ]);
      // Metadata only: the file's bytes are nowhere in the log.
      expect(JSON.stringify(entries)).not.toContain(PNG_BYTES.toString('base64').slice(0, 40));
    });

    it('gives every entry the vendor’s status at its moment, and both statuses for transitions', async () => {
      const { seller, vendorId } = await sellerWithDraft();
      await request(http)
        .patch(`/v1/vendors/${vendorId}`)
        .set(seller.auth)
        .send({ legalName: 'Beispiel Handels GmbH & Co' })
        .expect(200);
      await upload(seller, vendorId, 'registerExtract').expect(201);
      await upload(seller, vendorId, 'representativeId').expect(201);
      await request(http).post(`/v1/vendors/${vendorId}/submit`).set(seller.auth).expect(200);
      await request(http)
        .post(`/v1/admin/vendors/${vendorId}/request-changes`)
        .set(admin.auth)
        .send({ reason: 'documentsUnreadable' })
        .expect(200);
      await upload(seller, vendorId, 'registerExtract').expect(201);
      await request(http)
        .patch(`/v1/vendors/${vendorId}`)
        .set(seller.auth)
        .send({ contactPhone: '+4930987654321' })
        .expect(200);

      const entries = await auditLog(vendorId);
      expect(entries.map((e) => `${e.action}:${e.fromStatus}->${e.toStatus}`)).toEqual([
        'create:null->draft',
        'update:draft->draft',
        'documentUploaded:draft->draft',
        'documentUploaded:draft->draft',
        'submit:draft->submitted',
        'requestChanges:submitted->changes_requested',
        'documentUploaded:changes_requested->changes_requested',
        'update:changes_requested->changes_requested',
      ]);
    });

    it('lets the database refuse a new entry without the status', async () => {
      const { vendorId } = await sellerWithDraft();
      await expect(
        system.dataSource.query(
          `INSERT INTO vendor_audit_log (vendor_id, actor_role, action) VALUES ($1, 'system', 'update')`,
          [vendorId],
        ),
      ).rejects.toThrow('vendor_audit_log_status_recorded');
    });
  });
});
