import type { EconomicOperator, ProductText } from '@app/compliance';
import type { Money } from '@app/platform';
import { minorUnitsColumn } from '@app/platform';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ProductStatus } from './product-lifecycle';

/** The fields a revision may change, as sent by the seller; offers change outside review. */
export interface ProductRevision {
  category?: string;
  gtin?: string;
  images?: string[];
  attributes?: Record<string, string>;
  translations?: Record<string, ProductText>;
  manufacturer?: EconomicOperator;
  responsiblePerson?: EconomicOperator;
}

/** A product a vendor lists: texts per language, GPSR safety data, and its offers. */
@Entity({ name: 'products' })
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId!: string;

  @Column({ type: 'text' })
  status!: ProductStatus;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text', nullable: true })
  gtin!: string | null;

  @Column({ type: 'text', array: true })
  images!: string[];

  @Column({ type: 'jsonb' })
  attributes!: Record<string, string>;

  /** `{ <language>: { title, description, safetyInformation } }` */
  @Column({ type: 'jsonb' })
  translations!: Record<string, ProductText>;

  @Column({ type: 'jsonb', nullable: true })
  manufacturer!: EconomicOperator | null;

  /** The EU responsible person, required when the manufacturer is outside the EU (GPSR Art. 16). */
  @Column({ name: 'responsible_person', type: 'jsonb', nullable: true })
  responsiblePerson!: EconomicOperator | null;

  /**
   * Changes to a published listing, waiting for review while the approved version stays live;
   * the same shape as a PATCH body.
   */
  @Column({ type: 'jsonb', nullable: true })
  revision!: ProductRevision | null;

  @Column({ name: 'revision_status', type: 'text', nullable: true })
  revisionStatus!: 'draft' | 'pending_review' | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** Milliseconds, as the seller's listing page cursor carries it. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/**
 * What a vendor sells a product for, where, and how many are in stock. Prices include VAT.
 * Operational: changed by the seller at once, outside review (see OffersService). Its id is stable
 * and its row is never deleted, only marked removed, because carts, orders and the price history
 * refer to it.
 */
@Entity({ name: 'offers' })
export class Offer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  /** One VAT-inclusive price per currency. */
  @Column({ type: 'jsonb' })
  prices!: Money[];

  /** Prices for particular markets, overriding the currency price there. */
  @Column({ name: 'market_prices', type: 'jsonb' })
  marketPrices!: Record<string, Money>;

  @Column({ type: 'integer' })
  stock!: number;

  @Column({ type: 'text', array: true })
  markets!: string[];

  @Column({ name: 'handling_days', type: 'integer' })
  handlingDays!: number;

  /** Shipping price per destination market. */
  @Column({ type: 'jsonb' })
  shipping!: Record<string, Money>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** When the seller removed the offer; TypeORM's finds leave such offers out. */
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

/** One price an offer had from `recordedAt` on; `market` is set for a market override. */
@Entity({ name: 'price_history' })
export class PriceHistoryEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @Column({ type: 'text', nullable: true })
  market!: string | null;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ type: 'bigint', transformer: minorUnitsColumn })
  amount!: number;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
