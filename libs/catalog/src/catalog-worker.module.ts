import { NotificationsModule } from '@app/platform';
import { Module } from '@nestjs/common';
import {
  ComplaintOutcomeNotificationHandler,
  NoticeOutcomeNotificationHandler,
  NoticeReceiptNotificationHandler,
  ProductDecisionNotificationHandler,
} from './moderation/moderation-notification.handlers';

/** The catalog's job handlers, run by the worker. */
@Module({
  imports: [NotificationsModule],
  providers: [
    ProductDecisionNotificationHandler,
    NoticeOutcomeNotificationHandler,
    NoticeReceiptNotificationHandler,
    ComplaintOutcomeNotificationHandler,
  ],
  exports: [
    ProductDecisionNotificationHandler,
    NoticeOutcomeNotificationHandler,
    NoticeReceiptNotificationHandler,
    ComplaintOutcomeNotificationHandler,
  ],
})
export class CatalogWorkerModule {}
