import pino from 'pino';

/**
 * Members of an error that hold the data being processed rather than a description of the
 * failure: TypeORM's QueryFailedError copies the SQL `parameters` and the driver error's members
 * onto itself, PostgreSQL's `detail` quotes the failing row or key ("Failing row contains (...)",
 * "Key (email)=(...) already exists"), and body-parser attaches the request `body`. Such values are
 * personal data (names, birth dates, email addresses) and must not reach the logs (GDPR Art. 5(1)(c),
 * data minimisation); the query text, SQLSTATE code, table, column and constraint remain.
 */
const DATA_MEMBERS = new Set(['parameters', 'detail', 'body']);

/** Text members that PostgreSQL fills with its message, which may quote the offending value. */
const MESSAGE_MEMBERS = new Set(['message', 'stack', 'where']);

/**
 * The words after which PostgreSQL quotes a name of the schema rather than a value: `relation
 * "vendors"`, `constraint "x"`, `column "legal_name"`, `type "uuid"`, ...
 */
const IDENTIFIER_BEFORE_QUOTE =
  /\b(?:column|relation|constraint|table|index|type|function|schema|sequence|database|role|encoding|operator|trigger|view|extension|savepoint|cursor|statement|portal|collation|domain)\s$/i;

const QUOTED = /"(?:[^"]|"")*"/g;

/** Keeps a message's identifiers and replaces the values it quotes: `type uuid: "x"`. */
export function redactQuotedValues(text: string): string {
  return text.replace(QUOTED, (quoted: string, offset: number) =>
    IDENTIFIER_BEFORE_QUOTE.test(text.slice(Math.max(0, offset - 20), offset))
      ? quoted
      : '"[redacted]"',
  );
}

const MAX_NESTING = 5;

function sanitize(value: unknown, nesting: number): unknown {
  if (Array.isArray(value)) {
    return nesting >= MAX_NESTING ? '[nested]' : value.map((item) => sanitize(item, nesting + 1));
  }
  if (typeof value !== 'object' || value === null) return value;
  if (nesting >= MAX_NESTING) return '[nested]';
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (DATA_MEMBERS.has(key)) result[key] = '[redacted]';
    else if (MESSAGE_MEMBERS.has(key) && typeof member === 'string')
      result[key] = redactQuotedValues(member);
    else result[key] = sanitize(member, nesting + 1);
  }
  return result;
}

/**
 * pino's standard error serializer (type, message, stack, own members, causes), minus the data the
 * error carries. Used for the `err` member of every log record of the API and the worker.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return sanitize(error, 0);
  return sanitize(pino.stdSerializers.err(error), 0);
}
