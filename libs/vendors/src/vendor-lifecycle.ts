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
  | 'submit'
  | 'approve'
  | 'reject'
  | 'requestChanges'
  | 'suspend'
  | 'reinstate'
  | 'reapply'
  | 'reconsider';

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
  // A rejection ends one application, not the seller: it reopens the same vendor as a draft, so
  // the decisions and documents before stay on record (DSA Art. 20 lets it contest; this lets it
  // correct and apply again), and the new submission goes through review like the first.
  reapply: { from: ['rejected'], to: 'draft', by: 'owner', reasonRequired: false },
  // An upheld complaint reverses a rejection (DSA Art. 20(4)): the application is decided again
  // by review, not approved unseen. An upheld complaint against a suspension is a `reinstate`.
  reconsider: { from: ['rejected'], to: 'submitted', by: 'admin', reasonRequired: false },
};

/** The admin's decisions on a vendor (the transitions `by: 'admin'`): its decision history. */
export const DECISION_ACTIONS = [
  'approve',
  'reject',
  'requestChanges',
  'suspend',
  'reinstate',
  'reconsider',
] as const satisfies readonly VendorAction[];

/** The decisions a seller may contest (DSA Art. 20(1)(c) and (d)): a rejection or a suspension. */
export const CONTESTABLE_ACTIONS = [
  'reject',
  'suspend',
] as const satisfies readonly DecisionAction[];
export type ContestableAction = (typeof CONTESTABLE_ACTIONS)[number];

/** What reverses a contested decision when its complaint is upheld. */
export const REVERSAL_OF: Readonly<Record<ContestableAction, VendorAction>> = {
  reject: 'reconsider',
  suspend: 'reinstate',
};
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** States in which the seller may still edit its data; later edits would bypass review. */
export const EDITABLE_STATUSES: readonly VendorStatus[] = ['draft', 'changes_requested'];

/**
 * Refuses a change to a vendor's data outside the editable statuses (409 vendor-not-editable,
 * naming the vendor and the seller's next step in that status).
 */
export function assertEditable(vendor: { id: string; status: VendorStatus }): void {
  if (!EDITABLE_STATUSES.includes(vendor.status))
    throw new ConflictError('vendor-not-editable', { id: vendor.id, status: vendor.status });
}

/** 409 for an action the lifecycle table does not allow from the vendor's status. */
export function illegalTransition(
  vendor: { id: string; status: VendorStatus },
  action: VendorAction,
): ConflictError {
  return new ConflictError('illegal-transition', { id: vendor.id, action, status: vendor.status });
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

export const isDecisionReason = (reason: string | null): reason is DecisionReason =>
  reason !== null && (DECISION_REASONS as readonly string[]).includes(reason);
