import { IsVisibleText, PageQueryDto } from '@app/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  VENDOR_COMPLAINT_OUTCOMES,
  VENDOR_COMPLAINT_STATUSES,
  type VendorComplaintOutcome,
  type VendorComplaintStatus,
} from './vendor-complaint.entity';
import { DECISION_ACTIONS, type DecisionAction } from './vendor-lifecycle';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** The same limits as a complaint against a listing decision. */
export class VendorComplaintRequestDto {
  @ApiProperty({ description: 'Why the decision is wrong', minLength: 10, maxLength: 5000 })
  @Transform(trimmed)
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  @IsVisibleText()
  text!: string;
}

export class VendorComplaintQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: VENDOR_COMPLAINT_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(VENDOR_COMPLAINT_STATUSES)
  status?: VendorComplaintStatus;
}

export class VendorComplaintResolutionDto {
  @ApiProperty({
    enum: VENDOR_COMPLAINT_OUTCOMES,
    description:
      'upheld reverses the decision (a rejection goes back to review, a suspension is lifted); dismissed leaves it in force',
  })
  @IsIn(VENDOR_COMPLAINT_OUTCOMES)
  outcome!: VendorComplaintOutcome;

  @ApiProperty({
    maxLength: 2000,
    description: 'The reasoned decision on the complaint, sent to the seller (DSA Art. 20(5))',
  })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @IsVisibleText()
  resolution!: string;
}

/** A complaint against a vendor decision, as the seller and admins read it. */
export class VendorComplaintResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) vendorId!: string;
  @ApiProperty({ example: '42', description: 'The contested decision (its audit-log entry id)' })
  decisionId!: string;
  @ApiProperty({ enum: DECISION_ACTIONS }) decision!: DecisionAction;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: VENDOR_COMPLAINT_STATUSES }) status!: VendorComplaintStatus;
  @ApiProperty({ nullable: true, type: String, description: 'The reasoned outcome' })
  resolution!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The decision that reversed the contested one (audit-log entry id), if any',
  })
  reversalDecisionId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) resolvedAt!: string | null;
}

/** The admin queue adds the vendor's name and who lodged the complaint. */
export class AdminVendorComplaintResponse extends VendorComplaintResponse {
  @ApiProperty({ nullable: true, type: String }) vendorName!: string | null;
  @ApiProperty({ format: 'uuid' }) lodgedBy!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) reviewedBy!: string | null;
}
