import { Injectable } from '@nestjs/common';
import { User } from '../auth/user.entity';
import type { DomainEventPayloads } from '../outbox/domain-events';
import { EmailNotificationHandler } from './email-notification.handler';

/** Welcomes a new user in the language chosen at registration. */
@Injectable()
export class WelcomeNotificationHandler extends EmailNotificationHandler<'user.registered'> {
  readonly eventType = 'user.registered';

  async handle({ userId }: DomainEventPayloads['user.registered']): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    // The account was deleted before the event arrived: nobody left to welcome.
    if (!user) return;
    const t = this.messages(user.locale, 'welcome', { email: user.email });
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
