import type { CountryCode } from '@app/compliance';
import type { AppConfig } from '@app/platform';
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';

export interface PayoutAccountRequest {
  vendorId: string;
  country: CountryCode;
  businessType: 'company' | 'individual';
  email: string | null;
  legalName: string | null;
  /** The account to reuse when the vendor already has one. */
  existingAccountId: string | null;
  returnUrl: string;
  refreshUrl: string;
}

export interface PayoutAccountLink {
  accountId: string;
  onboardingUrl: string;
  /** Sandbox accounts are ready at once; real ones wait for the provider's checks. */
  payoutsEnabled: boolean;
}

/** The port to the provider that pays sellers out (Stripe Connect in production). */
export interface PayoutProvider {
  readonly name: 'stripe' | 'sandbox';
  createAccountLink(request: PayoutAccountRequest): Promise<PayoutAccountLink>;
}

export const PAYOUT_PROVIDER = Symbol('PAYOUT_PROVIDER');

/** The Stripe SDK, pointed at STRIPE_API_BASE when set (a local emulator in tests). */
export function createStripeClient(config: AppConfig): Stripe {
  const base = config.STRIPE_API_BASE ? new URL(config.STRIPE_API_BASE) : undefined;
  return new Stripe(config.STRIPE_SECRET_KEY ?? 'sk_test_unset', {
    ...(base && {
      host: base.hostname,
      port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
      protocol: base.protocol.replace(':', '') as 'http' | 'https',
    }),
    maxNetworkRetries: 2,
    timeout: 10_000,
  });
}

/** Stripe Connect: an Express connected account with the transfers capability, and its onboarding link. */
export class StripePayoutProvider implements PayoutProvider {
  readonly name = 'stripe';

  constructor(private readonly stripe: Stripe) {}

  async createAccountLink(request: PayoutAccountRequest): Promise<PayoutAccountLink> {
    const accountId =
      request.existingAccountId ??
      (
        await this.stripe.accounts.create(
          {
            type: 'express',
            country: request.country,
            business_type: request.businessType,
            email: request.email ?? undefined,
            capabilities: { transfers: { requested: true } },
            ...(request.businessType === 'company' && request.legalName
              ? { company: { name: request.legalName } }
              : {}),
            metadata: { vendorId: request.vendorId },
          },
          // A retried request must not open a second account for the same vendor.
          { idempotencyKey: `payout-account-${request.vendorId}` },
        )
      ).id;
    const link = await this.stripe.accountLinks.create({
      account: accountId,
      type: 'account_onboarding',
      return_url: request.returnUrl,
      refresh_url: request.refreshUrl,
    });
    return { accountId, onboardingUrl: link.url, payoutsEnabled: false };
  }
}

/**
 * For local use without a Stripe key: clearly labelled fake accounts, payouts enabled at once.
 * Refused in production (see the payouts module).
 */
export class SandboxPayoutProvider implements PayoutProvider {
  readonly name = 'sandbox';

  createAccountLink(request: PayoutAccountRequest): Promise<PayoutAccountLink> {
    const accountId =
      request.existingAccountId ?? `sandbox_acct_${randomUUID().replaceAll('-', '')}`;
    return Promise.resolve({
      accountId,
      onboardingUrl: `${request.returnUrl}?sandbox=true&account=${accountId}`,
      payoutsEnabled: true,
    });
  }
}
