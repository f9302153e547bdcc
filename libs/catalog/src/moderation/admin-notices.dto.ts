import { PageQueryDto } from '@app/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PRODUCT_STATUSES, type ProductStatus } from '../product-lifecycle';
import {
  DECISIONS,
  NOTICE_STATUSES,
  STATEMENT_CATEGORIES,
  type Decision,
  type NoticeStatus,
  type StatementCategory,
} from './moderation.types';

export class AdminNoticeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: NOTICE_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(NOTICE_STATUSES)
  status?: NoticeStatus;

  @ApiPropertyOptional({ enum: STATEMENT_CATEGORIES, description: 'The illegality alleged' })
  @IsOptional()
  @IsIn(STATEMENT_CATEGORIES)
  category?: StatementCategory;

  @ApiPropertyOptional({ format: 'uuid', description: 'Notices about this listing' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Notices about this vendor’s listings' })
  @IsOptional()
  @IsUUID()
  vendorId?: string;
}

/** Who sent the notice, as they gave it; both are optional for the notifier (DSA Art. 16(2)(c)). */
export class NoticeNotifierView {
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ description: 'The language the notifier wrote in and is answered in' })
  locale!: string;
}

export class NoticeListingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    description: 'In the caller’s language where the listing has one, else its first language',
  })
  title!: string;
  @ApiProperty({ enum: PRODUCT_STATUSES }) status!: ProductStatus;
}

export class NoticeVendorView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The vendor’s legal name' })
  name!: string | null;
}

export class AdminNoticeSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'N-0B1CC1FD5104', description: 'The reference the notifier was given' })
  reference!: string;
  @ApiProperty({ enum: NOTICE_STATUSES }) status!: NoticeStatus;
  @ApiProperty({ enum: STATEMENT_CATEGORIES }) category!: StatementCategory;
  @ApiProperty({ type: NoticeNotifierView }) notifier!: NoticeNotifierView;
  @ApiProperty({ description: 'The start of the notice’s explanation' })
  excerpt!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: NoticeListingView }) listing!: NoticeListingView;
  @ApiProperty({ type: NoticeVendorView }) vendor!: NoticeVendorView;
}

export class NoticeHandlingView {
  @ApiProperty({ format: 'uuid', description: 'The decision with its statement of reasons' })
  decisionId!: string;
  @ApiProperty({ enum: DECISIONS }) decision!: Decision;
  @ApiProperty({ format: 'date-time' }) handledAt!: string;
}

export class AdminNoticeDetail extends AdminNoticeSummary {
  @ApiProperty({ description: 'The notice’s full explanation (DSA Art. 16(2)(a))' })
  text!: string;
  @ApiProperty({ description: 'The notifier’s statement of good faith (Art. 16(2)(d))' })
  goodFaith!: boolean;
  @ApiProperty({
    type: NoticeHandlingView,
    nullable: true,
    description: 'The decision that answered the notice; null while it is open',
  })
  handling!: NoticeHandlingView | null;
}

export class AdminNoticePage {
  @ApiProperty({ type: [AdminNoticeSummary] }) items!: AdminNoticeSummary[];
  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page' })
  nextCursor!: string | null;
}
