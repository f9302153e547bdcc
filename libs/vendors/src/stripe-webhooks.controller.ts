import { Controller, Headers, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { StripeWebhooksService } from './stripe-webhooks.service';

@ApiTags('webhooks')
@Controller('v1/webhooks')
export class StripeWebhooksController {
  constructor(private readonly webhooks: StripeWebhooksService) {}

  /** Called by Stripe; the raw body is kept by the JSON middleware for the signature check. */
  @Post('stripe')
  @HttpCode(HttpStatus.OK)
  @ApiBadRequestResponse({ description: 'The Stripe-Signature does not match the body' })
  receive(
    @Req() request: Request & { rawBody?: Buffer },
    @Headers('stripe-signature') signature?: string,
  ) {
    return this.webhooks.receive(request.rawBody, signature);
  }
}
