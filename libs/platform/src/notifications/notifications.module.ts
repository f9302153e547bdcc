import { Module } from '@nestjs/common';
import { LogNotificationSender, NOTIFICATION_SENDER } from './notification-sender';
import { NotificationsService } from './notifications.service';
import { WelcomeNotificationHandler } from './welcome-notification.handler';

@Module({
  providers: [
    NotificationsService,
    WelcomeNotificationHandler,
    { provide: NOTIFICATION_SENDER, useClass: LogNotificationSender },
  ],
  exports: [NotificationsService, WelcomeNotificationHandler],
})
export class NotificationsModule {}
