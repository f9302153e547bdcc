import {
  DOCUMENT_STORAGE,
  DomainError,
  type AuthenticatedUser,
  type DocumentStorage,
  type DomainEventPayloads,
  type EventHandler,
  type Money,
} from '@app/platform';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { readImportLine, readOfferImportFile, type ImportLine } from './offer-import-csv';
import { OfferImport, OfferImportError } from './offer-import.entity';
import type { UpdateOfferDto } from './offer.dto';
import { OffersService } from './offers.service';

/** Lines applied between two progress updates. */
const BATCH_SIZE = 200;

type LineFailure = Omit<OfferImportError, 'importId'>;

/**
 * Applies an offer import line by line, each line in its own transaction through
 * OffersService.update, so a bad line never blocks the good ones and every line passes the checks
 * of PATCH /v1/offers/{id}. After each batch, its failures and the counters are written in one
 * transaction that moves `processed_lines` on only from where the batch started: a redelivered or
 * crashed run re-applies at most the unrecorded batch (stock and prices are absolute values, so
 * that is harmless) and counts each line once; a finished import is left alone.
 */
@Injectable()
export class OfferImportProcessor {
  private readonly logger = new Logger(OfferImportProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offers: OffersService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {}

  async process(importId: string): Promise<void> {
    const imports = this.dataSource.getRepository(OfferImport);
    const claimed = await imports.update(
      { id: importId, status: In(['queued', 'running']) },
      { status: 'running' },
    );
    if (claimed.affected !== 1) return;
    const offerImport = await imports.findOneByOrFail({ id: importId });
    const file = await this.readFile(offerImport);
    if (!file) return;
    const actor: AuthenticatedUser = { id: offerImport.uploadedBy, role: 'seller' };
    for (
      let position = offerImport.processedLines;
      position < file.records.length;
      position += BATCH_SIZE
    ) {
      const lines = file.records
        .slice(position, position + BATCH_SIZE)
        .map((record) => readImportLine(file.columns, record));
      const failures = await this.apply(offerImport, actor, lines);
      // Another run recorded this batch first: it carries on from there.
      if (!(await this.record(offerImport.id, position, lines.length, failures))) return;
    }
    await imports.update(
      { id: importId, status: 'running', processedLines: offerImport.totalLines },
      { status: 'done', finishedAt: new Date() },
    );
  }

  /** The stored file, or undefined after marking the import failed when it cannot be read. */
  private async readFile(
    offerImport: OfferImport,
  ): Promise<ReturnType<typeof readOfferImportFile> | undefined> {
    try {
      return readOfferImportFile(await this.storage.get(offerImport.storageKey));
    } catch (error) {
      // The file was checked on upload; losing it is permanent, retrying would not bring it back.
      this.logger.error({ err: error, importId: offerImport.id }, 'Offer import file unreadable');
      await this.dataSource
        .getRepository(OfferImport)
        .update({ id: offerImport.id }, { status: 'failed', finishedAt: new Date() });
      return undefined;
    }
  }

  /** Applies the lines in order; what comes back is each line that was not applied, and why. */
  private async apply(
    offerImport: OfferImport,
    actor: AuthenticatedUser,
    lines: readonly ImportLine[],
  ): Promise<LineFailure[]> {
    const current = await this.vendorOffers(
      offerImport.vendorId,
      lines.filter((line) => !('problems' in line)).map((line) => line.offerId),
    );
    const failures: LineFailure[] = [];
    for (const line of lines) {
      const base = { lineNumber: line.line, offerId: line.offerId };
      if ('problems' in line) {
        failures.push({
          ...base,
          code: 'validation-failed',
          variables: {},
          fieldErrors: line.problems,
        });
        continue;
      }
      const prices = current.get(line.offerId);
      // Another vendor's offer reads as missing, as on PATCH /v1/offers/{id}: nothing is written.
      if (!prices) {
        const variables = { id: line.offerId };
        failures.push({ ...base, code: 'offer-not-found', variables, fieldErrors: [] });
        continue;
      }
      const changes: UpdateOfferDto = {};
      if (line.stock !== undefined) changes.stock = line.stock;
      if (line.price) changes.prices = withPrice(prices, line.price);
      try {
        const updated = await this.offers.update(actor, line.offerId, changes);
        // A later line for the same offer builds on this one.
        current.set(line.offerId, updated.prices);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        failures.push({
          ...base,
          code: error.code,
          variables: error.variables,
          fieldErrors: [...error.fieldErrors],
        });
      }
    }
    return failures;
  }

  /** The current prices of those offers that are live offers of the vendor, by offer id. */
  private async vendorOffers(vendorId: string, offerIds: string[]): Promise<Map<string, Money[]>> {
    if (offerIds.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ id: string; prices: Money[] }>>(
      `SELECT o.id, o.prices FROM offers o JOIN products p ON p.id = o.product_id
        WHERE o.id = ANY($1::uuid[]) AND o.deleted_at IS NULL AND p.vendor_id = $2`,
      [offerIds, vendorId],
    );
    return new Map(rows.map((row) => [row.id, row.prices]));
  }

  /** Records a batch once: false when another run has already moved past `position`. */
  private async record(
    importId: string,
    position: number,
    count: number,
    failures: LineFailure[],
  ): Promise<boolean> {
    return this.dataSource.transaction(async (transaction) => {
      const moved = await transaction
        .createQueryBuilder()
        .update(OfferImport)
        .set({
          processedLines: () => 'processed_lines + :count',
          updated: () => 'updated + :updated',
          failed: () => 'failed + :failed',
        })
        .where('id = :importId AND processed_lines = :position AND status = :running', {
          importId,
          position,
          running: 'running',
        })
        .setParameters({ count, updated: count - failures.length, failed: failures.length })
        .execute();
      if (moved.affected !== 1) return false;
      if (failures.length > 0) {
        await transaction
          .createQueryBuilder()
          .insert()
          .into(OfferImportError)
          .values(failures.map((failure) => ({ ...failure, importId })))
          .orIgnore()
          .execute();
      }
      return true;
    });
  }
}

/** The offer's prices with the one in `price`'s currency set (added when it had none). */
function withPrice(prices: readonly Money[], price: Money): Money[] {
  return prices.some((money) => money.currency === price.currency)
    ? prices.map((money) => (money.currency === price.currency ? price : money))
    : [...prices, price];
}

/** Runs an uploaded offer import (at least once per upload; the processor is idempotent). */
@Injectable()
export class OfferImportHandler implements EventHandler<'offer-import.uploaded'> {
  readonly eventType = 'offer-import.uploaded';

  constructor(private readonly processor: OfferImportProcessor) {}

  handle({ importId }: DomainEventPayloads['offer-import.uploaded']): Promise<void> {
    return this.processor.process(importId);
  }
}
