import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { I18nService, type MessageVariables } from '../i18n/i18n.service';
import type { Locale } from '../i18n/locales';
import type { DomainEventPayloads, DomainEventType } from '../outbox/domain-events';
import type { EventDelivery, EventHandler } from '../queues/event-handler';
import { NotificationsService } from './notifications.service';

/**
 * A handler that tells someone by email of an event: it re-reads what the event names from the
 * database (delivery is at least once, and the state may have moved on) and writes the message in
 * the recipient's language.
 */
@Injectable()
export abstract class EmailNotificationHandler<
  T extends DomainEventType,
> implements EventHandler<T> {
  abstract readonly eventType: T;

  constructor(
    @InjectDataSource() protected readonly dataSource: DataSource,
    protected readonly i18n: I18nService,
    protected readonly notifications: NotificationsService,
  ) {}

  abstract handle(payload: DomainEventPayloads[T], delivery: EventDelivery): Promise<void>;

  /** The messages under `notifications:<group>` in one language, filled in with `variables`. */
  protected messages(
    locale: Locale,
    group: string,
    variables?: MessageVariables,
  ): (key: string) => string {
    return (key) => this.i18n.translate(locale, `notifications:${group}.${key}`, variables);
  }
}
