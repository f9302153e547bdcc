export const PRODUCT_STATUSES = [
  'draft',
  'pending_review',
  'published',
  'rejected',
  'unpublished',
  'removed',
] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export type ProductAction = 'submit' | 'approve' | 'reject' | 'unpublish' | 'remove';

/** Every allowed transition of a listing, in one table; anything else is refused with 409. */
export const PRODUCT_TRANSITIONS: Readonly<
  Record<
    ProductAction,
    { from: readonly ProductStatus[]; to: ProductStatus; by: 'owner' | 'admin' }
  >
> = {
  submit: { from: ['draft', 'rejected', 'unpublished'], to: 'pending_review', by: 'owner' },
  approve: { from: ['pending_review'], to: 'published', by: 'admin' },
  reject: { from: ['pending_review'], to: 'rejected', by: 'admin' },
  unpublish: { from: ['published'], to: 'unpublished', by: 'owner' },
  remove: { from: ['published', 'unpublished', 'pending_review'], to: 'removed', by: 'admin' },
};

/** The seller edits a listing freely until review; a published one is unpublished first. */
export const EDITABLE_PRODUCT_STATUSES: readonly ProductStatus[] = [
  'draft',
  'rejected',
  'unpublished',
];

export function canTransitionProduct(from: ProductStatus, action: ProductAction): boolean {
  return PRODUCT_TRANSITIONS[action].from.includes(from);
}
