import type { CountryCode, RegistrationDuty } from '@app/compliance';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { VendorStatus } from './vendor-lifecycle';

export interface PostalAddress {
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface LegalRepresentative {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

/** `not_checked`: no VIES is configured on this installation (VIES_API_BASE unset), so none was asked. */
export type VatIdStatus = 'unverified' | 'valid' | 'invalid' | 'not_checked';
export type PayoutStatus = 'none' | 'pending' | 'enabled' | 'restricted';
export type Registrations = Partial<Record<CountryCode, Partial<Record<RegistrationDuty, string>>>>;

/**
 * A seller's business: the trader the marketplace must identify (DSA Art. 30) before it may sell.
 * One vendor per seller account; the owner edits it until review, admins decide on it.
 */
@Entity({ name: 'vendors' })
export class Vendor {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'text' })
  status!: VendorStatus;

  /** Country of establishment: its rules decide what the seller must provide. */
  @Column({ type: 'text' })
  country!: CountryCode;

  @Column({ name: 'legal_form', type: 'text' })
  legalForm!: string;

  @Column({ name: 'legal_name', type: 'text', nullable: true })
  legalName!: string | null;

  @Column({ name: 'registered_address', type: 'jsonb', nullable: true })
  registeredAddress!: PostalAddress | null;

  @Column({ name: 'register_number', type: 'text', nullable: true })
  registerNumber!: string | null;

  /** Optional: a seller without a VAT ID (e.g. under a small-business scheme) has none. */
  @Column({ name: 'vat_id', type: 'text', nullable: true })
  vatId!: string | null;

  /** Italy only: the REA number, `<province>-<digits>`, kept beside the register number. */
  @Column({ name: 'rea_number', type: 'text', nullable: true })
  reaNumber!: string | null;

  /** Result of the last VIES check; unverified until VIES answered. */
  @Column({ name: 'vat_id_status', type: 'text' })
  vatIdStatus!: VatIdStatus;

  @Column({ name: 'vat_id_checked_at', type: 'timestamptz', nullable: true })
  vatIdCheckedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  iban!: string | null;

  @Column({ name: 'account_holder', type: 'text', nullable: true })
  accountHolder!: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  representative!: LegalRepresentative | null;

  @Column({ name: 'preferred_language', type: 'text', nullable: true })
  preferredLanguage!: string | null;

  /** Top-level categories of the product taxonomy the seller declared (SELLER_CATEGORIES). */
  @Column({ type: 'text', array: true })
  categories!: string[];

  /** When the seller certified it offers only products that comply with EU law (DSA Art. 30(1)(e)). */
  @Column({ name: 'self_certified_at', type: 'timestamptz', nullable: true })
  selfCertifiedAt!: Date | null;

  @Column({ type: 'jsonb' })
  registrations!: Registrations;

  @Column({ name: 'stripe_account_id', type: 'text', nullable: true })
  stripeAccountId!: string | null;

  @Column({ name: 'payout_status', type: 'text' })
  payoutStatus!: PayoutStatus;

  /** Time of the provider event that set the payout status; older events never overwrite it. */
  @Column({ name: 'payout_status_at', type: 'timestamptz', nullable: true })
  payoutStatusAt!: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
