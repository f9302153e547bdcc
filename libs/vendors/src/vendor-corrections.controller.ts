import {
  Authenticated,
  CurrentUser,
  RequestLocale,
  type AuthenticatedUser,
  type Locale,
} from '@app/platform';
import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { VendorCorrectionsService } from './vendor-corrections.service';
import { DecisionDto, VendorResponse } from './vendor.dto';

const NO_OPEN_CHANGE =
  'No such vendor (or not the caller’s), or it has no correction waiting for review (pending-change-not-found)';

@ApiTags('vendors')
@Controller('v1/vendors')
export class VendorCorrectionsController {
  constructor(private readonly corrections: VendorCorrectionsService) {}

  @Delete(':id/pending-change')
  @Authenticated('seller')
  @ApiOkResponse({
    type: VendorResponse,
    description: 'Withdraws the correction waiting for review; the approved data stays in force',
  })
  @ApiForbiddenResponse({ description: 'Admins do not act on a seller’s behalf' })
  @ApiNotFoundResponse({ description: NO_OPEN_CHANGE })
  withdraw(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.corrections.withdraw(actor, id, locale);
  }
}

@ApiTags('admin')
@Controller('v1/admin/vendors')
@Authenticated('admin')
export class AdminVendorCorrectionsController {
  constructor(private readonly corrections: VendorCorrectionsService) {}

  @Post(':id/pending-change/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: VendorResponse,
    description:
      'Applies the seller’s correction of its identity data; a new VAT ID is checked in VIES. `note` is shown to the seller, `internalNote` kept in the audit log.',
  })
  @ApiNotFoundResponse({ description: NO_OPEN_CHANGE })
  approve(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: DecisionDto,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.corrections.approve(actor, id, body, locale);
  }

  @Post(':id/pending-change/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: VendorResponse,
    description:
      'Refuses the correction; the approved data stays in force. The seller reads the reason and note in the vendor’s `pendingChange`.',
  })
  @ApiBadRequestResponse({ description: '`reason` is missing' })
  @ApiNotFoundResponse({ description: NO_OPEN_CHANGE })
  reject(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: DecisionDto,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.corrections.reject(actor, id, body, locale);
  }
}
