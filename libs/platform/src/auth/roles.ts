export const ROLES = ['shopper', 'seller', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles anyone may register for; admins come only from the CLI or the bootstrap variables. */
export const SELF_REGISTRATION_ROLES = ['shopper', 'seller'] as const satisfies readonly Role[];
export type SelfRegistrationRole = (typeof SELF_REGISTRATION_ROLES)[number];
