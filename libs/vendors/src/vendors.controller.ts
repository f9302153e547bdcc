import {
  Authenticated,
  CurrentUser,
  PageQueryDto,
  RequestLocale,
  type AuthenticatedUser,
  type Locale,
  type Page,
} from '@app/platform';
import type { DocumentType } from '@app/compliance';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  MAX_DOCUMENTS_PER_TYPE,
  MAX_DOCUMENTS_PER_VENDOR,
  attachmentDisposition,
} from './document-content';
import { DocumentUploadInterceptor } from './document-upload.interceptor';
import { PayoutAccountsService, type PayoutAccountResponse } from './payout-accounts.service';
import { VendorDecisionResponse } from './vendor-audit-entry.dto';
import { DocumentUploadDto, UpdateVendorDto, VendorDetailsDto, VendorResponse } from './vendor.dto';
import {
  VendorDocumentsService,
  type DocumentResponse,
  type UploadedFile as File,
} from './vendor-documents.service';
import { VendorRegistrationsService } from './vendor-registrations.service';
import { VendorCorrectionsService } from './vendor-corrections.service';
import { VendorsService } from './vendors.service';

const INPUT_PROBLEMS =
  'Every problem at once in `errors[]`: malformed fields, and the country’s rules (identifier formats and check digits, SEPA IBAN, phone number, age of the representative, registrations) for the fields that are well formed. Nothing is written.';

@ApiTags('vendors')
@Controller('v1/vendors')
export class VendorsController {
  constructor(
    private readonly vendors: VendorsService,
    private readonly documents: VendorDocumentsService,
    private readonly payouts: PayoutAccountsService,
    private readonly corrections: VendorCorrectionsService,
    private readonly registrations: VendorRegistrationsService,
  ) {}

  @Post()
  @Authenticated('seller')
  @ApiBody({ type: VendorDetailsDto })
  @ApiCreatedResponse({
    type: VendorResponse,
    description: 'A draft vendor; fields are checked against the country’s rules',
  })
  @ApiBadRequestResponse({ description: INPUT_PROBLEMS })
  @ApiConflictResponse({ description: 'This seller already has a vendor' })
  create(
    @CurrentUser() actor: AuthenticatedUser,
    // Read by the service, which reports shape errors and country rules in one answer.
    @Body() body: unknown,
  ): Promise<VendorResponse> {
    return this.vendors.create(actor, body);
  }

  // Declared before `:id`, so that `mine` is this route and not an id.
  @Get('mine')
  @Authenticated('seller')
  @ApiOkResponse({ type: VendorResponse, description: 'The vendor of the signed-in seller' })
  @ApiNotFoundResponse({ description: 'The seller has no vendor yet (vendor-not-created)' })
  mine(
    @CurrentUser() actor: AuthenticatedUser,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.vendors.mine(actor, locale);
  }

  @Get(':id')
  @Authenticated('seller', 'admin')
  @ApiOkResponse({ type: VendorResponse })
  @ApiNotFoundResponse({ description: 'No such vendor, or not the caller’s' })
  get(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.vendors.get(actor, id, locale);
  }

  @Get(':id/decisions')
  @Authenticated('seller', 'admin')
  @ApiOkResponse({
    type: VendorDecisionResponse,
    isArray: true,
    description:
      'The admins’ decisions on the vendor, newest first, `{ items, nextCursor }`: each with its reason (code and label in the request’s language) and the note for the seller; admin-internal notes are never shown',
  })
  @ApiNotFoundResponse({ description: 'No such vendor, or not the caller’s' })
  decisions(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Query() query: PageQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<Page<VendorDecisionResponse>> {
    return this.vendors.decisionHistory(actor, id, query, locale);
  }

  @Patch(':id')
  @Authenticated('seller')
  @ApiBody({ type: UpdateVendorDto })
  @ApiBadRequestResponse({ description: INPUT_PROBLEMS })
  @ApiOkResponse({
    type: VendorResponse,
    description:
      'A draft (or changes requested) is changed in place. An approved or suspended vendor is corrected (DSA Art. 30(3)): contact data, preferences and the self-certification change at once; identity data (legal form and name, address, register and REA number, VAT ID, IBAN, account holder, representative) becomes the vendor’s `pendingChange`, replacing an open one, and applies only once an admin approves it. Registrations of an approved vendor are set per market with PUT /v1/vendors/{id}/registrations/{market}.',
  })
  @ApiConflictResponse({
    description: 'The vendor is under review or rejected and cannot be edited',
  })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: unknown,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.corrections.update(actor, id, body, locale);
  }

  @Put(':id/registrations/:market')
  @Authenticated('seller')
  @ApiParam({ name: 'market', example: 'FR', description: 'The member state, any letter case' })
  @ApiBody({
    schema: {
      type: 'object',
      additionalProperties: { type: 'string', maxLength: 100 },
      example: { eprUin: 'FR123456_01ABCD' },
    },
    description:
      'The registrations the market demands, by duty (GET /v1/markets/{country}/selling-requirements?sellsTo={market} lists them). Duties not sent keep their numbers. Takes effect at once, without review, in draft, changes_requested and approved; recorded in the audit log.',
  })
  @ApiOkResponse({ type: VendorResponse })
  @ApiBadRequestResponse({
    description:
      'Every problem at once in `errors[]`: an unknown market, a duty the market does not demand of this seller, a number in the wrong format. Nothing is written.',
  })
  @ApiNotFoundResponse({ description: 'No such vendor, or not the caller’s' })
  @ApiConflictResponse({ description: 'The vendor is under review, rejected or suspended' })
  putRegistrations(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Param('market') market: string,
    @Body() body: unknown,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.registrations.put(actor, id, market, body, locale);
  }

  @Post(':id/submit')
  @HttpCode(HttpStatus.OK)
  @Authenticated('seller')
  @ApiOkResponse({ type: VendorResponse })
  @ApiUnprocessableEntityResponse({ description: 'Lists every missing or invalid item, localized' })
  @ApiConflictResponse({
    description: 'Not in draft or changes_requested; the answer names the vendor and the next step',
  })
  submit(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.vendors.submit(actor, id, locale);
  }

  @Post(':id/reapply')
  @HttpCode(HttpStatus.OK)
  @Authenticated('seller')
  @ApiOkResponse({
    type: VendorResponse,
    description:
      'Reopens a rejected vendor as a draft: correct its data with PATCH, then submit it again. The rejection stays in its decision history.',
  })
  @ApiForbiddenResponse({ description: 'Admins do not apply on a seller’s behalf' })
  @ApiNotFoundResponse({ description: 'No such vendor, or not the caller’s' })
  @ApiConflictResponse({
    description: 'The vendor is not rejected; the answer names the next step',
  })
  reapply(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @RequestLocale() locale: Locale,
  ): Promise<VendorResponse> {
    return this.vendors.reapply(actor, id, locale);
  }

  @Post(':id/documents')
  @Authenticated('seller')
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['type', 'file'],
      properties: {
        type: { type: 'string', enum: ['registerExtract', 'representativeId', 'proofOfAddress'] },
        file: { type: 'string', format: 'binary' },
        replaces: {
          type: 'string',
          format: 'uuid',
          description:
            'Id of one of the vendor’s documents that this upload replaces (deleted with it)',
        },
      },
    },
    description: `A PDF, JPEG or PNG of at most 10 MB, recognised by its content. An upload adds a document; a vendor holds at most ${MAX_DOCUMENTS_PER_TYPE} of a type and ${MAX_DOCUMENTS_PER_VENDOR} in all, and beyond that an upload must name in \`replaces\` the document it replaces. Each upload is recorded in the vendor’s audit log.`,
  })
  @ApiCreatedResponse({ description: 'The stored document with its size and SHA-256' })
  @ApiNotFoundResponse({ description: 'No such vendor, or no such document to replace' })
  @ApiConflictResponse({
    description: `The vendor cannot be edited now, or holds ${MAX_DOCUMENTS_PER_TYPE} documents of the type or ${MAX_DOCUMENTS_PER_VENDOR} in all (too-many-documents-of-type, too-many-documents)`,
  })
  upload(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: DocumentUploadDto,
    @UploadedFile() file: File | undefined,
  ): Promise<DocumentResponse> {
    return this.documents.upload(actor, id, body.type as DocumentType, file, body.replaces);
  }

  @Get(':id/documents')
  @Authenticated('seller', 'admin')
  @ApiOkResponse({ description: 'The vendor’s documents' })
  listDocuments(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<DocumentResponse[]> {
    return this.documents.list(actor, id);
  }

  @Get(':id/documents/:documentId/content')
  @Authenticated('seller', 'admin')
  @ApiOkResponse({
    description:
      'The file itself; Content-Disposition names it after the upload, with the extension of its detected type (RFC 6266 filename*)',
  })
  async documentContent(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Param('documentId') documentId: string,
    @Res() response: Response,
  ): Promise<void> {
    const { document, fileName, content } = await this.documents.content(actor, id, documentId);
    response
      .status(200)
      .set({
        'Content-Type': document.contentType,
        'Content-Disposition': attachmentDisposition(fileName),
        'Cache-Control': 'private, no-store',
      })
      .send(content);
  }

  @Post(':id/payout-account')
  @Authenticated('seller')
  @ApiCreatedResponse({
    description: 'The connected account and a link to the provider’s onboarding',
  })
  @ApiConflictResponse({ description: 'Only approved vendors receive payouts' })
  payoutAccount(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<PayoutAccountResponse> {
    return this.payouts.open(actor, id);
  }
}
