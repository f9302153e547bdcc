import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { NOTIFICATION_SENDER, type NotificationSender } from './notification-sender';
import { Notification } from './notification.entity';

export type NotificationDraft = Pick<
  Notification,
  'userId' | 'kind' | 'channel' | 'recipient' | 'locale' | 'subject' | 'body' | 'dedupeKey'
>;

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(NOTIFICATION_SENDER) private readonly sender: NotificationSender,
  ) {}

  /**
   * Records the notification once per dedupe key and sends it unless already sent. A send that
   * fails leaves the row unsent, and the job's retry sends it again.
   */
  async deliver(draft: NotificationDraft): Promise<Notification> {
    const repository = this.dataSource.getRepository(Notification);
    await repository.createQueryBuilder().insert().values(draft).orIgnore().execute();
    const notification = await repository.findOneByOrFail({ dedupeKey: draft.dedupeKey });
    if (notification.sentAt) return notification;
    await this.sender.send(notification);
    await repository.update({ id: notification.id, sentAt: IsNull() }, { sentAt: new Date() });
    return repository.findOneByOrFail({ id: notification.id });
  }
}
