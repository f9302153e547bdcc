import { Injectable, Logger } from '@nestjs/common';
import type { Notification } from './notification.entity';

/** The port through which rendered notifications leave the system (SMTP or a provider later). */
export interface NotificationSender {
  send(notification: Notification): Promise<void>;
}

export const NOTIFICATION_SENDER = Symbol('NOTIFICATION_SENDER');

/**
 * The default sender: writes a log line instead of an email. The notification itself is stored
 * either way, so nothing is lost while no mail transport is configured.
 */
@Injectable()
export class LogNotificationSender implements NotificationSender {
  private readonly logger = new Logger('Notifications');

  send(notification: Notification): Promise<void> {
    this.logger.log(
      {
        notificationId: notification.id,
        kind: notification.kind,
        channel: notification.channel,
        locale: notification.locale,
      },
      'Notification delivered to the log (no mail transport configured)',
    );
    return Promise.resolve();
  }
}
