import {
  Authenticated,
  CurrentUser,
  I18nService,
  RequestLocale,
  type AuthenticatedUser,
  type Locale,
  type Page,
} from '@app/platform';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Ip,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ProductsService } from '../products.service';
import {
  AdminNoticeDetail,
  AdminNoticePage,
  AdminNoticeQueryDto,
  type AdminNoticeSummary,
} from './admin-notices.dto';
import {
  ComplaintQueryDto,
  ComplaintRequestDto,
  ComplaintResolutionDto,
  DecisionRequestDto,
  ModerationQueueQueryDto,
  NoticeComplaintReceipt,
  NoticeRequestDto,
  StatementExportQueryDto,
} from './moderation.dto';
import type { Complaint } from './moderation.entity';
import { ModerationService, type AdminComplaintView, type QueueItem } from './moderation.service';
import { NoticesService, type NoticeAcknowledgement } from './notices.service';
import type { TransparencyDatabaseStatement } from './statement-export';
import { toStatementView, type StatementOfReasonsView } from './statement-view';

@ApiTags('moderation')
@Controller('v1/admin')
@Authenticated('admin')
@ApiUnauthorizedResponse({ description: 'Not signed in' })
@ApiForbiddenResponse({ description: 'Not an admin' })
export class AdminModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly notices: NoticesService,
    private readonly i18n: I18nService,
  ) {}

  @Get('notices')
  @ApiOkResponse({
    type: AdminNoticePage,
    description:
      'Notices oldest first, `{ items, nextCursor }`; open ones unless `status` says otherwise. ' +
      'Each with its notifier, the start of its text, the listing (title in the caller’s ' +
      'language where it has one) and the vendor.',
  })
  @ApiBadRequestResponse({ description: 'An unknown status or category, or a bad cursor' })
  noticeList(
    @Query() query: AdminNoticeQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<Page<AdminNoticeSummary>> {
    return this.notices.list(query, locale);
  }

  @Get('notices/:idOrReference')
  @ApiParam({
    name: 'idOrReference',
    description: 'The notice’s id, or the reference its author was given (any case)',
    example: 'N-0B1CC1FD5104',
  })
  @ApiOkResponse({
    type: AdminNoticeDetail,
    description: 'The notice with its full text and the decision that answered it, if any',
  })
  @ApiBadRequestResponse({ description: 'Neither a UUID nor a notice reference' })
  @ApiNotFoundResponse({ description: 'No such notice' })
  noticeDetail(
    @Param('idOrReference') idOrReference: string,
    @RequestLocale() locale: Locale,
  ): Promise<AdminNoticeDetail> {
    return this.notices.read(idOrReference, locale);
  }

  @Get('moderation/queue')
  @ApiOkResponse({
    description:
      'Listings awaiting review or with open notices, oldest first, each with its title (in the ' +
      'caller’s language where it has one) and vendor name',
  })
  queue(
    @Query() query: ModerationQueueQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<Page<QueueItem>> {
    return this.moderation.queue(query, locale);
  }

  @Post('products/:id/decisions')
  @ApiCreatedResponse({
    description: 'The decision; restrictive ones form the DSA Art. 17 statement of reasons',
  })
  @ApiNotFoundResponse({
    description:
      'No such listing, or `noticeId` names no notice about it (the problem names the field)',
  })
  @ApiConflictResponse({
    description:
      'Not possible from the listing’s status, or `reject` answering a notice about a live ' +
      'listing: a notice is answered with `remove` or `approve` (keep it), a pending revision ' +
      'is decided without `noticeId`',
  })
  async decide(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: DecisionRequestDto,
    @RequestLocale() locale: Locale,
  ): Promise<StatementOfReasonsView> {
    return toStatementView(await this.moderation.decide(actor, id, body), this.i18n, locale);
  }

  @Get('complaints')
  @ApiOkResponse({
    description:
      'Complaints oldest first, `{ items, nextCursor }`; open ones unless `status` says otherwise. ' +
      'Each names the contested decision, the listing’s title (in the caller’s language where ' +
      'it has one) and the vendor.',
  })
  complaints(
    @Query() query: ComplaintQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<Page<AdminComplaintView>> {
    return this.moderation.complaints(query, locale);
  }

  @Post('complaints/:id/resolve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description:
      'The resolved complaint. Upheld, it reverses the contested decision (DSA Art. 20(4)); ' +
      '`reversalDecisionId` names the new decision, if one was needed. Its author is told the ' +
      'outcome (Art. 20(5)).',
  })
  @ApiBadRequestResponse({
    description:
      'Upholding a notifier’s complaint against a decision to take no action removes the ' +
      'listing: the statement of reasons (reason, explanation, ground, legalGround or ' +
      'termsGround) is then required',
  })
  @ApiForbiddenResponse({
    description: 'The admin who took the decision cannot review the complaint',
  })
  @ApiNotFoundResponse({ description: 'No such complaint' })
  @ApiConflictResponse({ description: 'The complaint is already resolved' })
  resolve(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: ComplaintResolutionDto,
  ): Promise<Complaint> {
    return this.moderation.resolveComplaint(actor, id, body);
  }

  @Get('statements-of-reasons/export')
  @ApiOkResponse({
    description:
      'Restrictive decisions in the DSA Transparency Database format, without personal data',
  })
  export(@Query() query: StatementExportQueryDto): Promise<TransparencyDatabaseStatement[]> {
    return this.moderation.exportStatements(query);
  }
}

@ApiTags('moderation')
@Controller('v1')
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly products: ProductsService,
    private readonly notices: NoticesService,
    private readonly i18n: I18nService,
  ) {}

  @Get('products/:id/decisions')
  @Authenticated('seller', 'admin')
  @ApiOkResponse({
    description:
      'Decisions on the listing with their statements of reasons, in the caller’s language',
  })
  async decisions(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @RequestLocale() locale: Locale,
  ): Promise<StatementOfReasonsView[]> {
    await this.products.readable(actor, id);
    return (await this.moderation.decisionsFor(id)).map((decision) =>
      toStatementView(decision, this.i18n, locale),
    );
  }

  @Post('decisions/:id/complaints')
  @Authenticated('seller')
  @ApiCreatedResponse({
    description:
      'The complaint, to be reviewed by another admin (DSA Art. 20); the seller’s open ' +
      'complaint against the decision if it has one',
  })
  complain(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: ComplaintRequestDto,
  ): Promise<Complaint> {
    return this.moderation.lodgeComplaint(actor, id, body.text);
  }

  @Post('notices/:reference/complaints')
  @ApiCreatedResponse({
    type: NoticeComplaintReceipt,
    description:
      'Receipt of the notice author’s complaint against the decision on it (DSA Art. 20(1)); ' +
      'of its open complaint against that decision if it has one',
  })
  @ApiNotFoundResponse({ description: 'No notice has this reference' })
  @ApiConflictResponse({
    description: 'The notice has not been decided yet, or the six months to complain are over',
  })
  noticeComplaint(
    @Param('reference') reference: string,
    @Body() body: ComplaintRequestDto,
  ): Promise<NoticeComplaintReceipt> {
    return this.notices.complain(reference, body.text);
  }

  @Post('notices')
  @ApiCreatedResponse({
    description: 'Acknowledgement with the notice’s reference (DSA Art. 16(4))',
  })
  @ApiTooManyRequestsResponse({
    description: 'Too many notices from this address; see Retry-After',
  })
  notice(
    @Body() body: NoticeRequestDto,
    @Ip() ip: string,
    @RequestLocale() locale: Locale,
  ): Promise<NoticeAcknowledgement> {
    return this.notices.submit(body, ip, locale);
  }
}
