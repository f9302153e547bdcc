import {
  APP_CONFIG,
  DOCUMENT_STORAGE,
  LocalDiskStorage,
  OutboxModule,
  type AppConfig,
} from '@app/platform';
import { Module } from '@nestjs/common';
import { AdminVendorsController } from './admin-vendors.controller';
import { PayoutAccountsService } from './payout-accounts.service';
import {
  PAYOUT_PROVIDER,
  SandboxPayoutProvider,
  StripePayoutProvider,
  createStripeClient,
} from './payout-provider';
import { STRIPE_CLIENT, StripeWebhooksService } from './stripe-webhooks.service';
import { StripeWebhooksController } from './stripe-webhooks.controller';
import { SellerVendorLookupModule } from './seller-vendor-lookup.module';
import { VendorDecisionsService } from './vendor-decisions.service';
import { VendorDocumentsService } from './vendor-documents.service';
import { VendorRegistrationsService } from './vendor-registrations.service';
import { VendorsController } from './vendors.controller';
import {
  AdminVendorCorrectionsController,
  VendorCorrectionsController,
} from './vendor-corrections.controller';
import { VendorCorrectionsService } from './vendor-corrections.service';
import {
  AdminVendorComplaintsController,
  VendorComplaintsController,
} from './vendor-complaints.controller';
import { VendorComplaintsService } from './vendor-complaints.service';
import { PendingChangesReader } from './pending-changes.reader';
import { VendorsService } from './vendors.service';

/** Vendor onboarding over HTTP: profiles, documents, review, payouts and Stripe webhooks. */
@Module({
  imports: [OutboxModule, SellerVendorLookupModule],
  controllers: [
    VendorsController,
    AdminVendorsController,
    VendorCorrectionsController,
    AdminVendorCorrectionsController,
    VendorComplaintsController,
    AdminVendorComplaintsController,
    StripeWebhooksController,
  ],
  providers: [
    VendorsService,
    VendorDecisionsService,
    VendorCorrectionsService,
    VendorComplaintsService,
    PendingChangesReader,
    VendorDocumentsService,
    VendorRegistrationsService,
    PayoutAccountsService,
    StripeWebhooksService,
    { provide: DOCUMENT_STORAGE, useClass: LocalDiskStorage },
    { provide: STRIPE_CLIENT, inject: [APP_CONFIG], useFactory: createStripeClient },
    {
      provide: PAYOUT_PROVIDER,
      inject: [APP_CONFIG, STRIPE_CLIENT],
      useFactory: (config: AppConfig, stripe: ReturnType<typeof createStripeClient>) => {
        if (config.STRIPE_SECRET_KEY) return new StripePayoutProvider(stripe);
        // The sandbox must never pretend to pay real sellers.
        if (config.NODE_ENV === 'production')
          throw new Error('STRIPE_SECRET_KEY is required in production');
        return new SandboxPayoutProvider();
      },
    },
  ],
  exports: [VendorsService],
})
export class VendorsModule {}
