import { ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { I18nService } from '../i18n/i18n.service';
import { DomainError, ValidationFailedError } from './domain-error';
import { ProblemDetailsFilter, type ProblemDocument } from './problem-details.filter';

interface CapturedResponse {
  status?: number;
  headers: Record<string, string>;
  body?: ProblemDocument;
}

function hostFor(acceptLanguage: string, captured: CapturedResponse): ArgumentsHost {
  const response = {
    headersSent: false,
    status(code: number) {
      captured.status = code;
      return this;
    },
    set(headers: Record<string, string>) {
      Object.assign(captured.headers, headers);
      return this;
    },
    send(body: string) {
      captured.body = JSON.parse(body) as ProblemDocument;
      return this;
    },
  };
  const request = {
    id: 'req-1',
    method: 'GET',
    path: '/v1/things',
    originalUrl: '/v1/things?x=1',
    headers: { 'accept-language': acceptLanguage },
  };
  return {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
}

describe('ProblemDetailsFilter', () => {
  const filter = new ProblemDetailsFilter(new I18nService());

  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('answers an unexpected error with 500 and no internals, logging it with the request id', () => {
    const captured: CapturedResponse = { headers: {} };
    filter.catch(new Error('password=hunter2 at db.ts:42'), hostFor('en', captured));
    expect(captured.status).toBe(500);
    expect(captured.headers['Content-Type']).toBe('application/problem+json');
    expect(captured.body).toMatchObject({
      code: 'internal-error',
      status: 500,
      requestId: 'req-1',
      instance: '/v1/things',
    });
    expect(JSON.stringify(captured.body)).not.toMatch(/hunter2|db\.ts/);
    expect(captured.body?.detail).toContain('req-1');
    expect(Logger.prototype.error).toHaveBeenCalledWith(
      expect.objectContaining({ requestId: 'req-1' }),
      'Unhandled error',
    );
  });

  it('localizes field errors and keeps their codes', () => {
    const captured: CapturedResponse = { headers: {} };
    filter.catch(ValidationFailedError.of('email', 'isEmail'), hostFor('fr-FR', captured));
    expect(captured.status).toBe(400);
    expect(captured.headers['Content-Language']).toBe('fr');
    expect(captured.body?.errors).toEqual([
      { field: 'email', code: 'isEmail', message: expect.any(String) },
    ]);
    expect(captured.body?.errors?.[0].message).not.toBe('must be a valid email address');
  });

  it('falls back to a generic message for a rule without its own text', () => {
    const captured: CapturedResponse = { headers: {} };
    filter.catch(ValidationFailedError.of('gtin', 'someFutureRule'), hostFor('en', captured));
    expect(captured.body?.errors?.[0].message).toBe('is invalid');
  });

  it('passes on the headers a domain error asks for', () => {
    const captured: CapturedResponse = { headers: {} };
    filter.catch(
      new DomainError(429, 'too-many-login-attempts', { seconds: 30 }, [], { 'Retry-After': '30' }),
      hostFor('en', captured),
    );
    expect(captured.headers['Retry-After']).toBe('30');
    expect(captured.body?.detail).toContain('30');
  });

  it('maps framework HTTP errors to problem codes', () => {
    const captured: CapturedResponse = { headers: {} };
    filter.catch(new NotFoundException(), hostFor('en', captured));
    expect(captured.body).toMatchObject({ code: 'route-not-found', status: 404 });
    expect(captured.body?.detail).toContain('GET /v1/things');
  });
});
