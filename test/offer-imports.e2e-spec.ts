import { OfferImportProcessor } from '@app/catalog';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types';
import { signUp, type SignedIn } from './support/accounts';
import { PNG_BYTES } from './support/fixtures';
import { publishedListing } from './support/offers';
import { approvedVendor } from './support/vendors';
import { eventually, startTestSystemWithAdmin, type TestSystem } from './support/test-system';

interface ImportBody {
  id: string;
  status: string;
  totalLines: number;
  processedLines: number;
  updated: number;
  failed: number;
  createdAt: string;
  finishedAt: string | null;
}

describe('offer imports by CSV (e2e)', () => {
  let system: TestSystem;
  let http: App;
  let admin: SignedIn;
  let seller: SignedIn;
  let vendorId: string;
  let rival: SignedIn;
  let rivalVendorId: string;

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin({ worker: true }));
    seller = await signUp(http, 'seller');
    vendorId = await approvedVendor(http, seller, admin);
    rival = await signUp(http, 'seller');
    rivalVendorId = await approvedVendor(http, rival, admin);
  });
  afterAll(() => system?.stop());

  /** A published German listing of the vendor with one offer for DE; the offer's id. */
  const publishedOffer = async (as: SignedIn, vendor: string, title: string) =>
    (await publishedListing(http, as, vendor, admin, title)).offerId;

  const upload = (as: SignedIn, vendor: string, content: Buffer | string, name = 'offers.csv') =>
    request(http)
      .post(`/v1/vendors/${vendor}/offers/imports`)
      .set(as.auth)
      .set('Accept-Language', 'de')
      .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), name);

  const offerRow = async (offerId: string) =>
    (
      await system.dataSource.query<Array<{ stock: number; prices: unknown }>>(
        'SELECT stock, prices FROM offers WHERE id = $1',
        [offerId],
      )
    )[0];

  const finished = (importId: string) =>
    eventually(async () => {
      const found = await request(http)
        .get(`/v1/vendors/${vendorId}/offers/imports/${importId}`)
        .set(seller.auth)
        .expect(200);
      return found.body.status === 'done' ? (found.body as ImportBody) : undefined;
    }, 20_000);

  /** What the vendor has stored of imports: rows, outbox events and files. */
  async function storedImports(vendor: string) {
    const [{ count: rows }] = await system.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM offer_imports WHERE vendor_id = $1',
      [vendor],
    );
    const [{ count: events }] = await system.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM outbox WHERE event_type = 'offer-import.uploaded'`,
    );
    const files = await readdir(join(system.config.STORAGE_DIR, 'offer-imports', vendor)).catch(
      () => [],
    );
    return { rows, events, files: files.length };
  }

  describe('a file with good and bad lines', () => {
    let offerA: string;
    let offerB: string;
    let rivalOffer: string;
    let importId: string;
    let done: ImportBody;

    beforeAll(async () => {
      offerA = await publishedOffer(seller, vendorId, 'Espressotasse');
      offerB = await publishedOffer(seller, vendorId, 'Teekanne');
      rivalOffer = await publishedOffer(rival, rivalVendorId, 'Milchkännchen');
      // Semicolon-separated with a byte-order mark, as a German spreadsheet writes it.
      const csv = [
        'offerId;stock;price;currency',
        `${offerA};12;;`,
        'not-an-offer;3;;',
        `${offerB};0;2499;EUR`,
        `${rivalOffer};99;;`,
        '',
        `${offerA};;"2999";eur`,
        `${offerB};-4;;`,
      ].join('\r\n');
      const accepted = await upload(seller, vendorId, `\uFEFF${csv}\r\n`).expect(202);
      expect(accepted.body).toMatchObject({
        status: 'queued',
        totalLines: 6,
        processedLines: 0,
        updated: 0,
        failed: 0,
        finishedAt: null,
      });
      importId = accepted.body.id as string;
      done = await finished(importId);
    });

    it('applies the good lines and counts every line once', async () => {
      expect(done).toMatchObject({
        id: importId,
        totalLines: 6,
        processedLines: 6,
        updated: 3,
        failed: 3,
      });
      expect(done.finishedAt).not.toBeNull();
      expect(await offerRow(offerA)).toEqual({
        stock: 12,
        prices: [{ amount: 2999, currency: 'EUR' }],
      });
      expect(await offerRow(offerB)).toEqual({
        stock: 0,
        prices: [{ amount: 2499, currency: 'EUR' }],
      });
    });

    it('writes nothing for a line naming another seller’s offer', async () => {
      expect(await offerRow(rivalOffer)).toEqual({
        stock: 5,
        prices: [{ amount: 3000, currency: 'EUR' }],
      });
    });

    it('reports the bad lines with their line numbers, in the seller’s language', async () => {
      const report = await request(http)
        .get(`/v1/vendors/${vendorId}/offers/imports/${importId}/report`)
        .set(seller.auth)
        .buffer(true)
        .parse((response, callback) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => callback(null, body));
        })
        .expect(200);
      expect(report.headers['content-type']).toBe('text/csv; charset=utf-8');
      const lines = (report.body as string)
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines).toHaveLength(4);
      expect(lines[0]).toBe('line;offerId;code;message');
      const [, notUuid, foreign, negative] = lines.map((line) => line.split(';'));
      expect(notUuid.slice(0, 3)).toEqual(['3', 'not-an-offer', 'validation-failed']);
      expect(notUuid[3]).toBe('offerId: muss eine UUID sein.');
      expect(foreign.slice(0, 3)).toEqual(['5', rivalOffer, 'offer-not-found']);
      expect(foreign[3]).toContain(`Es gibt kein Angebot ${rivalOffer}`);
      // The blank line 6 is skipped, yet line numbers stay those of the file.
      expect(negative.slice(0, 3)).toEqual(['8', offerB, 'validation-failed']);
      expect(negative[3]).toBe('stock: muss mindestens 0 sein.');
    });

    it('does nothing when the finished import is delivered again', async () => {
      const history = async () =>
        (
          await system.dataSource.query<Array<{ count: number }>>(
            'SELECT count(*)::int AS count FROM price_history WHERE offer_id = ANY($1)',
            [[offerA, offerB]],
          )
        )[0].count;
      const before = await history();
      await system.worker!.get(OfferImportProcessor).process(importId);
      const again = await request(http)
        .get(`/v1/vendors/${vendorId}/offers/imports/${importId}`)
        .set(seller.auth)
        .expect(200);
      expect(again.body).toEqual(done);
      expect(await history()).toBe(before);
    });

    it('resumes a run that stopped after its first line without counting a line twice', async () => {
      // As if the worker died after recording line 2 only: the rest is applied again.
      await system.dataSource.query(
        `UPDATE offer_imports SET status = 'running', processed_lines = 1, updated = 1, failed = 0,
           finished_at = NULL WHERE id = $1`,
        [importId],
      );
      await system.dataSource.query(`DELETE FROM offer_import_errors WHERE import_id = $1`, [
        importId,
      ]);
      const priceRows = async () =>
        (
          await system.dataSource.query<Array<{ count: number }>>(
            'SELECT count(*)::int AS count FROM price_history WHERE offer_id = ANY($1)',
            [[offerA, offerB]],
          )
        )[0].count;
      const pricesBefore = await priceRows();
      await system.worker!.get(OfferImportProcessor).process(importId);
      const resumed = await finished(importId);
      expect(resumed).toMatchObject({ processedLines: 6, updated: 3, failed: 3 });
      const [{ count: errors }] = await system.dataSource.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM offer_import_errors WHERE import_id = $1',
        [importId],
      );
      expect(errors).toBe(3);
      // Re-applied prices are the same values: no new price history.
      expect(await priceRows()).toBe(pricesBefore);
    });
  });

  describe('refused uploads store nothing', () => {
    it.each([
      ['not CSV text', PNG_BYTES, 400, 'offer-import-not-csv'],
      ['a header without the needed columns', 'id,quantity\nx,1\n', 400, 'offer-import-header'],
      ['a quote never closed', 'offerId,stock\n"abc,1\n', 400, 'offer-import-not-csv'],
      ['over 5 MB', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61), 413, 'offer-import-too-large'],
    ])('%s', async (_case, content, status, code) => {
      const before = await storedImports(vendorId);
      const refused = await upload(seller, vendorId, content).expect(status);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.headers['content-language']).toBe('de');
      expect(refused.body).toMatchObject({ status, code });
      expect(refused.body.detail).toEqual(expect.any(String));
      expect(await storedImports(vendorId)).toEqual(before);
    });

    it('a request without a file', async () => {
      const before = await storedImports(vendorId);
      const refused = await request(http)
        .post(`/v1/vendors/${vendorId}/offers/imports`)
        .set(seller.auth)
        .field('note', 'no file')
        .expect(400);
      expect(refused.body).toMatchObject({ code: 'offer-import-file-missing' });
      expect(await storedImports(vendorId)).toEqual(before);
    });
  });

  describe('authorization', () => {
    it('refuses a shopper with 403 and another seller’s vendor with 404', async () => {
      const shopper = await signUp(http, 'shopper');
      const before = await storedImports(vendorId);
      const csv = 'offerId,stock\n1b4e28ba-2fa1-41d2-883f-0016d3cca427,1\n';
      const forbidden = await upload(shopper, vendorId, csv).expect(403);
      expect(forbidden.body).toMatchObject({ status: 403, code: 'forbidden' });
      const foreign = await upload(rival, vendorId, csv).expect(404);
      expect(foreign.body).toMatchObject({ status: 404, code: 'vendor-not-found' });
      expect(await storedImports(vendorId)).toEqual(before);
    });

    it('shows an import and its report only to its vendor', async () => {
      const accepted = await upload(seller, vendorId, 'offerId,stock\n').expect(202);
      const id = accepted.body.id as string;
      await finished(id);
      for (const path of [`${id}`, `${id}/report`]) {
        await request(http)
          .get(`/v1/vendors/${vendorId}/offers/imports/${path}`)
          .set(rival.auth)
          .expect(404);
        const elsewhere = await request(http)
          .get(`/v1/vendors/${rivalVendorId}/offers/imports/${path}`)
          .set(rival.auth)
          .expect(404);
        expect(elsewhere.body).toMatchObject({ code: 'offer-import-not-found' });
      }
    });
  });
});
