import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { User } from '../auth/user.entity';
import { I18nService } from '../i18n/i18n.service';
import type { DomainEventPayloads } from '../outbox/domain-events';
import type { EventHandler } from '../queues/event-handler';
import { NotificationsService } from './notifications.service';

/** Welcomes a new user in the language chosen at registration. */
@Injectable()
export class WelcomeNotificationHandler implements EventHandler<'user.registered'> {
  readonly eventType = 'user.registered';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly i18n: I18nService,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ userId }: DomainEventPayloads['user.registered']): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    // The account was deleted before the event arrived: nobody left to welcome.
    if (!user) return;
    const t = (key: string) =>
      this.i18n.translate(user.locale, `notifications:welcome.${key}`, { email: user.email });
    await this.notifications.deliver({
      userId: user.id,
      kind: 'welcome',
      channel: 'email',
      recipient: user.email,
      locale: user.locale,
      subject: t('subject'),
      body: [
        t('greeting'),
        t(user.role === 'seller' ? 'intro.seller' : 'intro.shopper'),
        t('signature'),
      ].join('\n\n'),
      dedupeKey: `welcome:${user.id}`,
    });
  }
}
