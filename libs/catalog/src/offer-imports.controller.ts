import { Authenticated, CurrentUser, type AuthenticatedUser } from '@app/platform';
import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LINES } from './offer-import-csv';
import { OfferImportResponse } from './offer-import.dto';
import { OfferImportUploadInterceptor } from './offer-import-upload.interceptor';
import { OfferImportsService, type UploadedCsvFile } from './offer-imports.service';

const FILE_FORMAT =
  `A CSV file (RFC 4180) in UTF-8, at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB and ` +
  `${MAX_IMPORT_LINES.toLocaleString('en')} data lines, fields separated by commas or ` +
  'semicolons (as the header row uses), with a header row naming its columns ' +
  '(case-insensitive, in any order): `offerId` (required), `stock` (the absolute stock, a whole ' +
  'number), `price` (the VAT-inclusive price as a whole number of minor units, e.g. 2999 for ' +
  '29.99) and `currency` (ISO 4217, e.g. EUR; required with `price`). At least one of `stock` ' +
  'and `price` is needed. An empty cell leaves that value as it is; `price` sets the offer’s ' +
  'price in that currency, adding it when the offer has none, and leaves other currencies and ' +
  'market prices alone. Each line is applied as PATCH /v1/offers/{id} would, with the same ' +
  'checks; a line that fails is reported and never blocks the others.';

/** Bulk offer updates by CSV upload, applied by the worker: see OfferImportProcessor. */
@ApiTags('catalog')
@Controller('v1/vendors')
export class OfferImportsController {
  constructor(private readonly imports: OfferImportsService) {}

  @Post(':id/offers/imports')
  @HttpCode(HttpStatus.ACCEPTED)
  @Authenticated('seller')
  @UseInterceptors(OfferImportUploadInterceptor)
  @ApiOperation({
    summary: 'Upload a CSV file of stock and price changes for the vendor’s offers',
    description:
      'The file is checked as a whole and queued; a worker applies it line by line. Follow ' +
      'the progress at GET …/imports/{importId} and download the lines that failed from ' +
      'GET …/imports/{importId}/report.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
    description: FILE_FORMAT,
  })
  @ApiAcceptedResponse({ type: OfferImportResponse, description: 'Queued' })
  @ApiBadRequestResponse({
    description:
      'No file (offer-import-file-missing), not UTF-8 CSV text (offer-import-not-csv) or a ' +
      'header without the needed columns (offer-import-header); nothing is stored',
  })
  @ApiPayloadTooLargeResponse({ description: 'Over the size or line cap (offer-import-too-large)' })
  @ApiNotFoundResponse({ description: 'No such vendor, or not the caller’s' })
  upload(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @UploadedFile() file: UploadedCsvFile | undefined,
  ): Promise<OfferImportResponse> {
    return this.imports.upload(actor, id, file);
  }

  @Get(':id/offers/imports/:importId')
  @Authenticated('seller', 'admin')
  @ApiOperation({ summary: 'An offer import’s status and progress' })
  @ApiOkResponse({ type: OfferImportResponse })
  @ApiNotFoundResponse({ description: 'No such vendor or import, or not the caller’s' })
  find(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Param('importId') importId: string,
  ): Promise<OfferImportResponse> {
    return this.imports.find(actor, id, importId);
  }

  @Get(':id/offers/imports/:importId/report')
  @Authenticated('seller', 'admin')
  @ApiOperation({
    summary: 'The lines of an offer import that were not applied, as CSV',
    description:
      'Columns `line` (the line of the uploaded file; the header is line 1), `offerId`, `code` ' +
      'and `message`, in the seller’s language; separated like the upload. Lines failed so ' +
      'far while the import runs.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'text/csv; charset=utf-8, with a byte-order mark' })
  @ApiNotFoundResponse({ description: 'No such vendor or import, or not the caller’s' })
  async report(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Param('importId') importId: string,
    @Res() response: Response,
  ): Promise<void> {
    const { fileName, content } = await this.imports.report(actor, id, importId);
    response
      .status(HttpStatus.OK)
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'private, no-store',
      })
      .send(content);
  }
}
