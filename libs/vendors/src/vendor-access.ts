import type { AuthenticatedUser } from '@app/platform';
import { ForbiddenError, NotFoundError } from '@app/platform';
import type { Vendor } from './vendor.entity';

/**
 * A seller sees only its own vendor; admins see all. Anyone else gets the same 404 as for a
 * vendor that does not exist, so ids cannot be probed.
 */
export function assertCanRead(
  actor: AuthenticatedUser,
  vendor: Vendor | null,
  vendorId: string,
): Vendor {
  if (vendor && (actor.role === 'admin' || vendor.ownerId === actor.id)) return vendor;
  throw new NotFoundError('vendor-not-found', { id: vendorId });
}

/** Only the owning seller changes its vendor's data; an admin reads it but does not edit it. */
export function assertOwner(
  actor: AuthenticatedUser,
  vendor: Vendor | null,
  vendorId: string,
): Vendor {
  if (vendor && vendor.ownerId === actor.id) return vendor;
  if (vendor && actor.role === 'admin') throw new ForbiddenError();
  throw new NotFoundError('vendor-not-found', { id: vendorId });
}
