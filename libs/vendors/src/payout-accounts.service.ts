import { findLegalForm } from '@app/compliance';
import {
  APP_CONFIG,
  ConflictError,
  DomainError,
  type AppConfig,
  type AuthenticatedUser,
} from '@app/platform';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type Stripe from 'stripe';
import { PAYOUT_PROVIDER, type PayoutProvider } from './payout-provider';
import { VendorsService } from './vendors.service';
import type { PayoutStatus } from './vendor.entity';

export interface PayoutAccountResponse {
  accountId: string;
  onboardingUrl: string;
  payoutStatus: PayoutStatus;
  provider: 'stripe' | 'sandbox';
}

/** Stripe's view of a connected account, reduced to what decides our payout status. */
export function payoutStatusOf(
  account: Pick<Stripe.Account, 'payouts_enabled' | 'details_submitted'>,
): PayoutStatus {
  if (account.payouts_enabled) return 'enabled';
  return account.details_submitted ? 'restricted' : 'pending';
}

@Injectable()
export class PayoutAccountsService {
  private readonly logger = new Logger(PayoutAccountsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vendors: VendorsService,
    @Inject(PAYOUT_PROVIDER) private readonly provider: PayoutProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates (or reuses) the vendor's connected account and returns a fresh onboarding link. */
  async open(actor: AuthenticatedUser, vendorId: string): Promise<PayoutAccountResponse> {
    const vendor = await this.vendors.owned(actor, vendorId);
    if (vendor.status !== 'approved')
      throw new ConflictError('vendor-not-approved', { status: vendor.status });
    const legalForm = findLegalForm(vendor.country, vendor.legalForm);
    const base = this.config.PUBLIC_APP_URL.replace(/\/$/, '');
    let link;
    try {
      link = await this.provider.createAccountLink({
        vendorId: vendor.id,
        country: vendor.country,
        businessType: legalForm?.kind === 'sole_trader' ? 'individual' : 'company',
        email: vendor.contactEmail,
        legalName: vendor.legalName,
        existingAccountId: vendor.stripeAccountId,
        returnUrl: `${base}/seller/payouts/return`,
        refreshUrl: `${base}/seller/payouts/refresh`,
      });
    } catch (error) {
      this.logger.error({ err: error, vendorId }, 'Payout provider refused the account');
      throw new DomainError(HttpStatus.BAD_GATEWAY, 'payout-provider-unavailable');
    }
    // Conditional, so that a webhook that already reported the account's state is not overwritten.
    // For UPDATE … RETURNING, TypeORM's pg runner answers [rows, affected count].
    const [rows]: [Array<{ payout_status: PayoutStatus }>, number] = await this.dataSource.query(
      `UPDATE vendors
          SET stripe_account_id = $2,
              payout_status = CASE WHEN $3 THEN 'enabled' WHEN payout_status = 'none' THEN 'pending' ELSE payout_status END
        WHERE id = $1
    RETURNING payout_status`,
      [vendor.id, link.accountId, link.payoutsEnabled],
    );
    const payoutStatus = rows[0]?.payout_status ?? vendor.payoutStatus;
    return {
      accountId: link.accountId,
      onboardingUrl: link.onboardingUrl,
      payoutStatus,
      provider: this.provider.name,
    };
  }
}
