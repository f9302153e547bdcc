import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '../i18n/locales';

/**
 * A message to a user, rendered in the user's language and kept as sent. The dedupe key makes a
 * repeated delivery of the same event write nothing new.
 */
@Entity({ name: 'notifications' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for people without an account, such as the author of a notice. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  /** What the message is about, e.g. `welcome`. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  channel!: 'email';

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  locale!: Locale;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'dedupe_key', type: 'text', unique: true })
  dedupeKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
