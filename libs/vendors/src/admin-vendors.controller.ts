import {
  Authenticated,
  CurrentUser,
  PageQueryDto,
  RequestLocale,
  type AuthenticatedUser,
  type Locale,
  type Page,
} from '@app/platform';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  IntersectionType,
} from '@nestjs/swagger';
import { VendorAuditEntryResponse } from './vendor-audit-entry.dto';
import type { VendorAuditEntry } from './vendor-audit-entry.entity';
import { DecisionDto, VendorListQueryDto, VendorResponse } from './vendor.dto';
import { VendorsService } from './vendors.service';

class AdminVendorListQuery extends IntersectionType(VendorListQueryDto, PageQueryDto) {}

@ApiTags('admin')
@Controller('v1/admin/vendors')
@Authenticated('admin')
export class AdminVendorsController {
  constructor(private readonly vendors: VendorsService) {}

  @Get()
  @ApiOkResponse({
    description:
      'Vendors oldest first, `{ items, nextCursor }`, each with its legal name, status and country',
  })
  list(@Query() query: AdminVendorListQuery): Promise<Page<VendorResponse>> {
    return this.vendors.listForReview(query);
  }

  @Get(':id/audit-log')
  @ApiOkResponse({
    type: [VendorAuditEntryResponse],
    description:
      'Every decision and change on the vendor, oldest first, each with the vendor’s status at that moment and, on decisions, the internal note for admins; uploads appear as documentUploaded with the document’s id, type and size',
  })
  @ApiNotFoundResponse({ description: 'No such vendor' })
  auditLog(@Param('id') id: string): Promise<VendorAuditEntry[]> {
    return this.vendors.auditLog(id);
  }

  @Post(':id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: VendorResponse })
  @ApiConflictResponse({ description: 'Not allowed from the vendor’s current status' })
  approve(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: DecisionDto,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.vendors.decide(actor, id, 'approve', body, locale);
  }

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: VendorResponse })
  reject(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: DecisionDto,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.vendors.decide(actor, id, 'reject', body, locale);
  }

  @Post(':id/request-changes')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: VendorResponse })
  requestChanges(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: DecisionDto,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.vendors.decide(actor, id, 'requestChanges', body, locale);
  }

  @Post(':id/suspend')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: VendorResponse })
  suspend(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: DecisionDto,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.vendors.decide(actor, id, 'suspend', body, locale);
  }

  @Post(':id/reinstate')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: VendorResponse })
  reinstate(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: DecisionDto,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.vendors.decide(actor, id, 'reinstate', body, locale);
  }
}
