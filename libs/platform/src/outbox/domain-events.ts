/**
 * Every domain event and its payload. Payloads carry ids, never copies of rows: handlers re-read
 * the current state, so a late or repeated delivery acts on the truth.
 */
export interface DomainEventPayloads {
  'user.registered': { userId: string };
  /** A vendor moved through its onboarding lifecycle (`action` is the transition taken). */
  'vendor.status-changed': { vendorId: string; action: string; auditEntryId: string };
  /** A vendor's VAT ID was set or changed and needs a VIES check. */
  'vendor.vat-id-changed': { vendorId: string; vatId: string };
  /** An admin decided on a listing; restrictive decisions carry a statement of reasons. */
  'product.decided': { decisionId: string };
  /** A notice arrived; its author, if it left an email, gets a confirmation (DSA Art. 16(4)). */
  'notice.received': { noticeId: string };
  /** A notice was handled; its author learns the outcome (DSA Art. 16(5)). */
  'notice.handled': { noticeId: string };
  /** A complaint was decided; its author learns the reasoned outcome (DSA Art. 20(5)). */
  'complaint.resolved': { complaintId: string };
  /** A complaint against a vendor decision was decided; the seller learns the outcome (20(5)). */
  'vendor-complaint.resolved': { complaintId: string };
  /** A seller uploaded a CSV file of offer changes, which the worker applies line by line. */
  'offer-import.uploaded': { importId: string };
}

export type DomainEventType = keyof DomainEventPayloads;

export const DOMAIN_EVENT_TYPES = [
  'user.registered',
  'vendor.status-changed',
  'vendor.vat-id-changed',
  'product.decided',
  'notice.received',
  'notice.handled',
  'complaint.resolved',
  'vendor-complaint.resolved',
  'offer-import.uploaded',
] as const satisfies readonly DomainEventType[];
