import { NotificationsModule } from '@app/platform';
import { Module } from '@nestjs/common';
import {
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
  ],
  exports: [
    ProductDecisionNotificationHandler,
    NoticeOutcomeNotificationHandler,
    NoticeReceiptNotificationHandler,
  ],
})
export class CatalogWorkerModule {}
