import { DOCUMENT_STORAGE, LocalDiskStorage, NotificationsModule } from '@app/platform';
import { Module } from '@nestjs/common';
import {
  ComplaintOutcomeNotificationHandler,
  NoticeOutcomeNotificationHandler,
  NoticeReceiptNotificationHandler,
  ProductDecisionNotificationHandler,
} from './moderation/moderation-notification.handlers';
import { OfferImportHandler, OfferImportProcessor } from './offer-import.processor';
import { OffersService } from './offers.service';

/** The catalog's job handlers, run by the worker. */
@Module({
  imports: [NotificationsModule],
  providers: [
    ProductDecisionNotificationHandler,
    NoticeOutcomeNotificationHandler,
    NoticeReceiptNotificationHandler,
    ComplaintOutcomeNotificationHandler,
    OffersService,
    OfferImportProcessor,
    OfferImportHandler,
    { provide: DOCUMENT_STORAGE, useClass: LocalDiskStorage },
  ],
  exports: [
    ProductDecisionNotificationHandler,
    NoticeOutcomeNotificationHandler,
    NoticeReceiptNotificationHandler,
    ComplaintOutcomeNotificationHandler,
    OfferImportHandler,
  ],
})
export class CatalogWorkerModule {}
