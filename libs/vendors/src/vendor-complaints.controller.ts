import {
  Authenticated,
  CurrentUser,
  PageQueryDto,
  type AuthenticatedUser,
  type Page,
} from '@app/platform';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  AdminVendorComplaintResponse,
  VendorComplaintQueryDto,
  VendorComplaintRequestDto,
  VendorComplaintResolutionDto,
  VendorComplaintResponse,
} from './vendor-complaint.dto';
import { VendorComplaintsService } from './vendor-complaints.service';

@ApiTags('vendors')
@Controller('v1/vendors')
export class VendorComplaintsController {
  constructor(private readonly complaints: VendorComplaintsService) {}

  @Post(':id/complaints')
  @Authenticated('seller')
  @ApiCreatedResponse({
    type: VendorComplaintResponse,
    description:
      'Contests the latest decision on the vendor if it is a rejection or suspension, free of charge, within six months of it (DSA Art. 20). Another admin reviews it; the seller is told the outcome.',
  })
  @ApiBadRequestResponse({ description: 'The text is missing, shorter than 10 or too long' })
  @ApiForbiddenResponse({ description: 'Only the owning seller contests a decision' })
  @ApiNotFoundResponse({ description: 'No such vendor, or not the caller’s' })
  @ApiConflictResponse({
    description:
      'Nothing to contest (vendor-decision-not-contestable), the six months are over (vendor-complaint-period-over), or a complaint against the decision is already open (vendor-complaint-open)',
  })
  lodge(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: VendorComplaintRequestDto,
  ): Promise<VendorComplaintResponse> {
    return this.complaints.lodge(actor, id, body.text);
  }

  @Get(':id/complaints')
  @Authenticated('seller', 'admin')
  @ApiOkResponse({
    type: VendorComplaintResponse,
    isArray: true,
    description:
      'The complaints about the vendor’s decisions, newest first, `{ items, nextCursor }`',
  })
  @ApiNotFoundResponse({ description: 'No such vendor, or not the caller’s' })
  list(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<VendorComplaintResponse>> {
    return this.complaints.ofVendor(actor, id, query);
  }
}

@ApiTags('admin')
@Controller('v1/admin/vendor-complaints')
@Authenticated('admin')
export class AdminVendorComplaintsController {
  constructor(private readonly complaints: VendorComplaintsService) {}

  @Get()
  @ApiOkResponse({
    type: AdminVendorComplaintResponse,
    isArray: true,
    description: 'Complaints against vendor decisions, oldest first, `{ items, nextCursor }`',
  })
  queue(@Query() query: VendorComplaintQueryDto): Promise<Page<AdminVendorComplaintResponse>> {
    return this.complaints.queue(query);
  }

  @Post(':id/resolve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: AdminVendorComplaintResponse,
    description:
      'Decides the complaint. upheld reverses the decision without undue delay (a rejected vendor goes back to review, a suspended one is reinstated) unless the vendor was decided on or reopened since; the seller is told the reasoned outcome in its language (DSA Art. 20(4), (5))',
  })
  @ApiForbiddenResponse({ description: 'The admin took the contested decision (same-reviewer)' })
  @ApiNotFoundResponse({ description: 'No such complaint' })
  @ApiConflictResponse({ description: 'The complaint is already resolved' })
  resolve(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: VendorComplaintResolutionDto,
  ): Promise<AdminVendorComplaintResponse> {
    return this.complaints.resolve(actor, id, body);
  }
}
