import type { VendorProfileSnapshot } from '@app/compliance';
import { isSupportedLocale, type Locale, type User } from '@app/platform';
import type { PendingChangeResponse } from './pending-change.dto';
import type { VendorDecisionResponse } from './vendor-audit-entry.dto';
import type { VendorResponse } from './vendor.dto';
import type { Vendor } from './vendor.entity';

/** `latestDecision` and `pendingChange` are given on single-vendor responses, left out of lists. */
export function toVendorResponse(
  vendor: Vendor,
  latestDecision?: VendorDecisionResponse | null,
  pendingChange?: PendingChangeResponse | null,
): VendorResponse {
  return {
    id: vendor.id,
    status: vendor.status,
    country: vendor.country,
    legalForm: vendor.legalForm,
    legalName: vendor.legalName,
    registeredAddress: vendor.registeredAddress,
    registerNumber: vendor.registerNumber,
    vatId: vendor.vatId,
    vatIdStatus: vendor.vatIdStatus,
    reaNumber: vendor.reaNumber,
    iban: vendor.iban,
    accountHolder: vendor.accountHolder,
    contactEmail: vendor.contactEmail,
    contactPhone: vendor.contactPhone,
    representative: vendor.representative,
    preferredLanguage: vendor.preferredLanguage,
    categories: vendor.categories,
    selfCertification: vendor.selfCertifiedAt !== null,
    registrations: vendor.registrations,
    payoutStatus: vendor.payoutStatus,
    submittedAt: vendor.submittedAt?.toISOString() ?? null,
    createdAt: vendor.createdAt.toISOString(),
    updatedAt: vendor.updatedAt.toISOString(),
    ...(latestDecision === undefined ? {} : { latestDecision }),
    ...(pendingChange === undefined ? {} : { pendingChange }),
  };
}

export function toProfileSnapshot(vendor: Vendor): VendorProfileSnapshot {
  return {
    ...vendor,
    selfCertification: vendor.selfCertifiedAt !== null,
  };
}

/** The language to write to a seller in: its vendor's preferred one, else its account's. */
export function sellerLocale(
  vendor: Pick<Vendor, 'preferredLanguage'>,
  owner: Pick<User, 'locale'>,
): Locale {
  return vendor.preferredLanguage && isSupportedLocale(vendor.preferredLanguage)
    ? vendor.preferredLanguage
    : owner.locale;
}
