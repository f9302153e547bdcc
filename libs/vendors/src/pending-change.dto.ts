import { ApiProperty } from '@nestjs/swagger';
import { DECISION_REASONS, type DecisionReason } from './vendor-lifecycle';
import { PENDING_CHANGE_STATUSES, type PendingChangeStatus } from './vendor-pending-change.entity';

/**
 * The vendor's latest correction of its identity data, as the seller and admins read it on the
 * vendor (`pendingChange`): while `pending` the approved data above it stays in force.
 */
export class PendingChangeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;

  @ApiProperty({
    enum: PENDING_CHANGE_STATUSES,
    description:
      '`pending` until an admin decides; then `approved` (applied to the vendor) or `rejected`; `withdrawn` or `superseded` when the seller withdrew or replaced it',
  })
  status!: PendingChangeStatus;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { legalName: 'Beispiel Handel GmbH', iban: 'DE02120300000000202051' },
    description: 'The corrected identity fields, identifiers in their normal form',
  })
  changes!: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' }) submittedAt!: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) decidedAt!: string | null;

  @ApiProperty({ enum: DECISION_REASONS, nullable: true, description: 'On a rejection' })
  reason!: DecisionReason | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The reason in the language of the request (Accept-Language)',
  })
  reasonLabel!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'The admin’s note for the seller' })
  note!: string | null;
}
