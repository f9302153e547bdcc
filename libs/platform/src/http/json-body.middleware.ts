import { HttpStatus } from '@nestjs/common';
import express, { type RequestHandler } from 'express';
import { DomainError } from '../errors/domain-error';

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Maps body-parser's failures to the API's problem codes; anything else passes through. */
function toBodyError(error: unknown, limitBytes: number): unknown {
  switch ((error as BodyParserError).type) {
    case 'entity.parse.failed':
      return new DomainError(HttpStatus.BAD_REQUEST, 'malformed-json');
    case 'entity.too.large':
      return new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'payload-too-large', {
        limit: limitBytes,
      });
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported-media-type');
    default:
      return error;
  }
}

/** JSON body parsing whose errors reach the problem+json filter instead of Express's HTML page. */
export function jsonBodyMiddleware(limitBytes: number): RequestHandler {
  const parse = express.json({
    limit: limitBytes,
    type: ['application/json', 'application/*+json'],
    // Webhook signatures are computed over the exact bytes received.
    verify: (request, _response, buffer) => {
      (request as typeof request & { rawBody?: Buffer }).rawBody = buffer;
    },
  });
  return (request, response, next) =>
    parse(request, response, (error?: unknown) =>
      next(error ? toBodyError(error, limitBytes) : undefined),
    );
}
