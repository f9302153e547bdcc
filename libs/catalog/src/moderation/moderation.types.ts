/**
 * Categories of the DSA Transparency Database (its `category` field) that apply to listings;
 * decisions use them as they are, so the export needs no mapping.
 */
export const STATEMENT_CATEGORIES = [
  'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
  'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
  'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
  'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
  'STATEMENT_CATEGORY_ANIMAL_WELFARE',
  'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
] as const;
export type StatementCategory = (typeof STATEMENT_CATEGORIES)[number];

export const DECISIONS = ['approve', 'reject', 'remove'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The ground of a restrictive decision: the law (DSA Art. 17(3)(d)) or the terms (17(3)(e)). */
export const DECISION_GROUNDS = ['illegal', 'terms'] as const;
export type DecisionGround = (typeof DECISION_GROUNDS)[number];

export type DecisionSource = 'voluntary' | 'notice' | 'complaint';

export const COMPLAINT_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_OUTCOMES = ['upheld', 'dismissed'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** A notice is open until a decision answers it: acted on (restrictive) or dismissed (kept). */
export const NOTICE_STATUSES = ['open', 'actioned', 'dismissed'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** Decisions can be contested for six months after they were made known (DSA Art. 20(1)). */
export { complaintDeadline } from '@app/platform';
