import { APP_CONFIG, NotificationsModule } from '@app/platform';
import { Module } from '@nestjs/common';
import { VAT_REGISTRY, createVatRegistry } from './vat-registry';
import { VatIdCheckHandler } from './vat-id-check.handler';
import { VendorComplaintOutcomeNotificationHandler } from './vendor-complaint-notification.handler';
import { VendorStatusNotificationHandler } from './vendor-notification.handler';

/** The vendor lib's job handlers, run by the worker. */
@Module({
  imports: [NotificationsModule],
  providers: [
    VatIdCheckHandler,
    VendorStatusNotificationHandler,
    VendorComplaintOutcomeNotificationHandler,
    { provide: VAT_REGISTRY, inject: [APP_CONFIG], useFactory: createVatRegistry },
  ],
  exports: [
    VatIdCheckHandler,
    VendorStatusNotificationHandler,
    VendorComplaintOutcomeNotificationHandler,
  ],
})
export class VendorsWorkerModule {}
