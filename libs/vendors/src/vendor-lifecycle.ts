import { ConflictError } from '@app/platform';
/** The onboarding states of a vendor. Only approved vendors publish listings or receive payouts. */
export const VENDOR_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'changes_requested',
  'suspended',
] as const;
export type VendorStatus = (typeof VENDOR_STATUSES)[number];

export type VendorAction =
  'submit' | 'approve' | 'reject' | 'requestChanges' | 'suspend' | 'reinstate';

interface Transition {
  from: readonly VendorStatus[];
  to: VendorStatus;
  by: 'owner' | 'admin';
  /** Restrictive decisions must say why (DSA Art. 17 spirit; the seller can contest them). */
  reasonRequired: boolean;
}

/** Every allowed transition, in one table: anything not listed here is refused with 409. */
export const VENDOR_TRANSITIONS: Readonly<Record<VendorAction, Transition>> = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'submitted',
    by: 'owner',
    reasonRequired: false,
  },
  approve: { from: ['submitted'], to: 'approved', by: 'admin', reasonRequired: false },
  reject: { from: ['submitted'], to: 'rejected', by: 'admin', reasonRequired: true },
  requestChanges: {
    from: ['submitted'],
    to: 'changes_requested',
    by: 'admin',
    reasonRequired: true,
  },
  suspend: { from: ['approved'], to: 'suspended', by: 'admin', reasonRequired: true },
  reinstate: { from: ['suspended'], to: 'approved', by: 'admin', reasonRequired: false },
};

/** States in which the seller may still edit its data; later edits would bypass review. */
export const EDITABLE_STATUSES: readonly VendorStatus[] = ['draft', 'changes_requested'];

/** Refuses a change to a vendor's data outside the editable statuses (409 vendor-not-editable). */
export function assertEditable(vendor: { status: VendorStatus }): void {
  if (!EDITABLE_STATUSES.includes(vendor.status))
    throw new ConflictError('vendor-not-editable', { status: vendor.status });
}

export function canTransition(from: VendorStatus, action: VendorAction): boolean {
  return VENDOR_TRANSITIONS[action].from.includes(from);
}

/** Reasons an admin picks for a restrictive decision; each has a localized text for the seller. */
export const DECISION_REASONS = [
  'documentsMissing',
  'documentsUnreadable',
  'dataMismatch',
  'registerEntryNotFound',
  'vatIdInvalid',
  'identityNotVerified',
  'prohibitedProducts',
  'termsViolation',
  'other',
] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];
