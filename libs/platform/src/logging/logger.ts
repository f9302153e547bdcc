import type { LoggerService } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import pinoHttp, { type HttpLogger } from 'pino-http';
import type { AppConfig } from '../config/app-config';
import { redactQuotedValues, serializeError } from './error-serializer';

/**
 * @param destination where the lines go; standard output unless given (tests read them back).
 */
export function createLogger(
  config: Pick<AppConfig, 'LOG_LEVEL'>,
  app: string,
  destination?: DestinationStream,
): Logger {
  const options: LoggerOptions = {
    level: config.LOG_LEVEL,
    base: { app },
    // Credentials never reach the logs, whatever logs a request.
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', 'password'],
    // Errors carry the data that caused them (SQL parameters, failing rows): see the serializer.
    serializers: { err: serializeError },
    hooks: {
      // Without a message pino would copy the error's raw message, which may quote a value.
      logMethod(args, method) {
        const [first] = args;
        if (args.length === 1 && typeof first === 'object' && first !== null) {
          const { err } = first as { err?: unknown };
          if (err instanceof Error) {
            return method.call(this, first, redactQuotedValues(err.message));
          }
        }
        return method.apply(this, args);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Nest's own log lines (start-up, route mapping, errors) as structured pino records. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.write('error', message, context, trace);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: string, stack?: string): void {
    // A stack trace starts with the error's message, which may quote a value.
    const trace = stack === undefined ? undefined : redactQuotedValues(stack);
    if (typeof message === 'object' && message !== null) {
      this.logger[level]({ context, trace, ...message });
    } else {
      this.logger[level]({ context, trace }, String(message));
    }
  }
}

const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One structured log line per request. The request id comes from the caller's X-Request-Id when
 * it is sane (so a trace can span a gateway), else a new UUID, and is echoed in the response.
 */
export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const given = request.headers[REQUEST_ID_HEADER];
      const id =
        typeof given === 'string' && ACCEPTABLE_REQUEST_ID.test(given) ? given : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    // Enough to trace a request; headers and bodies stay out of the logs.
    serializers: {
      req: (request: { id: unknown; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: request.url,
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
  });
}
