import { HttpStatus } from '@nestjs/common';
import express, { type RequestHandler } from 'express';
import { DomainError, ValidationFailedError } from '../errors/domain-error';
import { nulCharacterErrors } from './nul-characters';

/**
 * Deepest nesting of arrays and objects a JSON body may have. Real requests need a handful of
 * levels; deeper ones only serve to exhaust the stack of whatever walks the parsed value later
 * (class-transformer, the validation pipe), which would answer 500.
 */
export const MAX_JSON_DEPTH = 32;

/** Thrown by the depth check inside body-parser's `verify`; body-parser keeps its `type`. */
class JsonTooDeepError extends Error {
  readonly type = 'entity.too.deep';
}

interface BodyParserError {
  type?: string;
  status?: number;
  code?: unknown;
  encoding?: string;
}

const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACKET = 0x5d; // ]
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d; // }
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * Fails when the JSON text nests arrays or objects deeper than `maxDepth`. One pass over the
 * bytes, before parsing and without recursion. Working on UTF-8 bytes is safe: every structural
 * character is ASCII and no byte of a multi-byte UTF-8 sequence is below 0x80 (RFC 3629 §3).
 * Brackets inside strings are text; a malformed document is left for JSON.parse to refuse.
 */
export function assertJsonDepth(bytes: Uint8Array, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
      if (++depth > maxDepth) throw new JsonTooDeepError();
    } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) {
      depth--;
    }
  }
}

const JSON_MEDIA_TYPES = ['application/json', 'application/*+json'];

/**
 * The charset parameter of a Content-Type header, lower-cased (RFC 9110 §8.3.1: a token or a
 * quoted string), or undefined when there is none.
 */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]).toLowerCase() : undefined;
}

/** Maps body-parser's failures to the API's problem codes; anything else passes through. */
function toBodyError(error: unknown, limitBytes: number): unknown {
  const failure = error as BodyParserError;
  switch (failure.type) {
    case 'entity.parse.failed':
      return new DomainError(HttpStatus.BAD_REQUEST, 'malformed-json');
    case 'entity.too.deep':
      return new DomainError(HttpStatus.BAD_REQUEST, 'json-too-deep', { max: MAX_JSON_DEPTH });
    case 'entity.too.large':
      return new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'payload-too-large', {
        limit: limitBytes,
      });
    case 'encoding.unsupported':
      return new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported-content-encoding', {
        encoding: failure.encoding ?? '',
      });
    case 'charset.unsupported':
      return new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported-media-type');
  }
  // zlib's failures (Z_DATA_ERROR, Z_BUF_ERROR, ...): the bytes are not what Content-Encoding says.
  if (typeof failure.code === 'string' && failure.code.startsWith('Z_')) {
    return new DomainError(HttpStatus.BAD_REQUEST, 'undecodable-body');
  }
  // Any other failure body-parser marks as the client's (aborted request, wrong Content-Length).
  if (typeof failure.status === 'number' && failure.status >= 400 && failure.status < 500) {
    return new DomainError(HttpStatus.BAD_REQUEST, 'bad-request');
  }
  return error;
}

/**
 * JSON body parsing whose errors reach the problem+json filter instead of Express's HTML page.
 * Gzip, deflate and br bodies are inflated (the size limit applies to the inflated bytes); other
 * charsets than UTF-8, nesting deeper than MAX_JSON_DEPTH and NUL characters, which PostgreSQL
 * cannot store, are refused here.
 */
export function jsonBodyMiddleware(limitBytes: number): RequestHandler {
  const parse = express.json({
    limit: limitBytes,
    type: JSON_MEDIA_TYPES,
    verify: (request, _response, buffer) => {
      assertJsonDepth(buffer, MAX_JSON_DEPTH);
      // Webhook signatures are computed over the exact bytes received.
      (request as typeof request & { rawBody?: Buffer }).rawBody = buffer;
    },
  });
  return (request, response, next) => {
    // JSON between systems must be UTF-8 (RFC 8259 §8.1). body-parser would also decode UTF-7,
    // UTF-16 and UTF-32, whose bytes the depth scan cannot read: UTF-7 writes "[" as base64.
    const charset = charsetOf(request.headers['content-type']);
    if (request.is(JSON_MEDIA_TYPES) && charset !== undefined && charset !== 'utf-8') {
      return next(new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported-media-type'));
    }
    parse(request, response, (error?: unknown) => {
      if (error) return next(toBodyError(error, limitBytes));
      const nulErrors = nulCharacterErrors(request.body);
      next(nulErrors.length > 0 ? new ValidationFailedError(nulErrors) : undefined);
    });
  };
}
