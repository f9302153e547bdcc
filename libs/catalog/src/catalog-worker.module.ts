import { NotificationsModule } from '@app/platform';
import { Module } from '@nestjs/common';
import {
  NoticeOutcomeNotificationHandler,
  ProductDecisionNotificationHandler,
} from './moderation/moderation-notification.handlers';

/** The catalog's job handlers, run by the worker. */
@Module({
  imports: [NotificationsModule],
  providers: [ProductDecisionNotificationHandler, NoticeOutcomeNotificationHandler],
  exports: [ProductDecisionNotificationHandler, NoticeOutcomeNotificationHandler],
})
export class CatalogWorkerModule {}
