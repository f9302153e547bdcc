import { QueryFailedError } from 'typeorm';
import { createLogger, PinoNestLogger } from './logger';
import { redactQuotedValues, serializeError } from './error-serializer';

/** A failed INSERT as TypeORM reports it: pg's error copied onto a QueryFailedError. */
function failedInsert(): QueryFailedError {
  const driverError = Object.assign(
    new Error('new row for relation "vendors" violates check constraint "vendors_check"'),
    {
      code: '23514',
      table: 'vendors',
      constraint: 'vendors_check',
      detail: 'Failing row contains (Anna, Schmidt, 1980-04-12, anna@example.eu).',
    },
  );
  return new QueryFailedError(
    'INSERT INTO "vendors"("legal_name", "representative") VALUES ($1, $2)',
    ['Beispiel GmbH', { firstName: 'Anna', lastName: 'Schmidt', dateOfBirth: '1980-04-12' }],
    driverError,
  );
}

describe('serializeError', () => {
  it('keeps the query, code, table and constraint of a failed query but no values', () => {
    const serialized = serializeError(failedInsert());
    expect(serialized).toMatchObject({
      type: 'QueryFailedError',
      query: 'INSERT INTO "vendors"("legal_name", "representative") VALUES ($1, $2)',
      code: '23514',
      table: 'vendors',
      constraint: 'vendors_check',
      parameters: '[redacted]',
      detail: '[redacted]',
      driverError: { detail: '[redacted]', code: '23514' },
    });
    expect(JSON.stringify(serialized)).not.toMatch(/Anna|Schmidt|1980-04-12|anna@example|GmbH/);
  });

  it('masks values PostgreSQL quotes in messages and stacks, not names of the schema', () => {
    expect(redactQuotedValues('invalid input syntax for type date: "1980-13-45"')).toBe(
      'invalid input syntax for type date: "[redacted]"',
    );
    expect(redactQuotedValues('value "12345678901" is out of range for type integer')).toBe(
      'value "[redacted]" is out of range for type integer',
    );
    expect(
      redactQuotedValues('null value in column "legal_name" of relation "vendors" violates'),
    ).toBe('null value in column "legal_name" of relation "vendors" violates');
    const error = new Error('invalid input syntax for type uuid: "anna@example.eu"');
    expect(JSON.stringify(serializeError(error))).not.toContain('anna@example.eu');
  });
});

describe('createLogger', () => {
  it('writes no parameter values of an error, in its fields or in its message', () => {
    const lines: string[] = [];
    const logger = createLogger({ LOG_LEVEL: 'info' }, 'test', {
      write: (line) => lines.push(line),
    });
    const error = failedInsert();
    error.message = 'invalid input syntax for type date: "1980-04-12"';
    logger.error({ err: error, requestId: 'req-1' });
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]) as { msg: string; err: { query: string } };
    expect(record.msg).toBe('invalid input syntax for type date: "[redacted]"');
    expect(record.err.query).toContain('INSERT INTO "vendors"');
    expect(lines[0]).not.toMatch(/Anna|Schmidt|1980-04-12|anna@example/);
  });
});

describe('PinoNestLogger', () => {
  it('masks quoted values in the stack traces Nest passes', () => {
    const lines: string[] = [];
    const logger = createLogger({ LOG_LEVEL: 'info' }, 'test', {
      write: (line) => lines.push(line),
    });
    new PinoNestLogger(logger).error(
      'Request failed',
      'QueryFailedError: invalid input syntax for type uuid: "anna@example.eu"\n    at x.ts:1',
      'ExceptionsHandler',
    );
    expect(lines[0]).toContain('type uuid: \\"[redacted]\\"');
    expect(lines[0]).not.toContain('anna@example.eu');
  });
});
