import { APP_CONFIG, DomainError, type AppConfig } from '@app/platform';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type Stripe from 'stripe';
import { payoutStatusOf } from './payout-accounts.service';
import { Vendor } from './vendor.entity';

export const STRIPE_CLIENT = Symbol('STRIPE_CLIENT');

/**
 * Stripe webhooks: the signature is checked with the SDK, each event id is processed once, and
 * `account.updated` keeps the vendor's payout status (the event carries the whole account, so
 * applying it is safe in any order as long as older events do not overwrite newer ones).
 */
@Injectable()
export class StripeWebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STRIPE_CLIENT) private readonly stripe: Stripe,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async receive(
    rawBody: Buffer | undefined,
    signature: string | undefined,
  ): Promise<{ received: true; duplicate: boolean }> {
    const secret = this.config.STRIPE_WEBHOOK_SECRET;
    if (!secret) throw new DomainError(HttpStatus.SERVICE_UNAVAILABLE, 'webhooks-not-configured');
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(
        rawBody ?? Buffer.alloc(0),
        signature ?? '',
        secret,
      );
    } catch {
      throw new DomainError(HttpStatus.BAD_REQUEST, 'invalid-webhook-signature');
    }
    return this.dataSource.transaction(async (transaction) => {
      const inserted: unknown[] = await transaction.query(
        `INSERT INTO processed_webhook_events (id, provider, type) VALUES ($1, 'stripe', $2)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, event.type],
      );
      if (inserted.length === 0) return { received: true as const, duplicate: true };
      if (event.type === 'account.updated') {
        const account = event.data.object;
        const updated = await transaction
          .createQueryBuilder()
          .update(Vendor)
          .set({
            payoutStatus: payoutStatusOf(account),
            payoutStatusAt: new Date(event.created * 1000),
          })
          .where('stripe_account_id = :account', { account: account.id })
          .andWhere('(payout_status_at IS NULL OR payout_status_at <= :at)', {
            at: new Date(event.created * 1000),
          })
          .execute();
        // Nothing updated: either a newer event was applied already, or the event outran the
        // request that stores the account id. Refuse the latter (and roll back its dedupe row)
        // so that Stripe delivers it again later.
        const known: unknown[] =
          updated.affected === 0
            ? await transaction.query('SELECT 1 FROM vendors WHERE stripe_account_id = $1', [
                account.id,
              ])
            : [account.id];
        if (known.length === 0)
          throw new DomainError(HttpStatus.CONFLICT, 'payout-account-unknown');
      }
      return { received: true as const, duplicate: false };
    });
  }
}
