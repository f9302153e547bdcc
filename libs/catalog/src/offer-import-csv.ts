import { DomainError, toFieldErrors, type FieldError } from '@app/platform';
import { HttpStatus } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { UpdateOfferDto } from './offer.dto';

/** Caps of one upload: big enough for a large shop's catalogue, small enough to hold in memory. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_LINES = 50_000;

/** The columns an offer import may name; `offerId` and one of `stock` or `price` are required. */
export const IMPORT_COLUMNS = ['offerId', 'stock', 'price', 'currency'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export type CsvSeparator = ',' | ';';

/** One record of the file; `line` is the physical line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface OfferImportFile {
  separator: CsvSeparator;
  columns: ImportColumn[];
  /** Data records, blank lines left out. */
  records: CsvRecord[];
}

/** What one line asks: the changes to apply to one offer, or why the line cannot be applied. */
export type ImportLine =
  | { line: number; offerId: string; stock?: number; price?: { amount: number; currency: string } }
  | { line: number; offerId: string; problems: FieldError[] };

const notCsv = (variables: Record<string, string | number> = {}) =>
  new DomainError(HttpStatus.BAD_REQUEST, 'offer-import-not-csv', variables);

/**
 * Reads an uploaded offer import: UTF-8 text (a byte-order mark is dropped, as spreadsheet
 * programs write one), CSV as RFC 4180 defines it with a header row, fields separated by commas or
 * by semicolons (what spreadsheets write in locales whose decimal separator is a comma). Refuses
 * the whole file with a 4xx when it is not such a file or exceeds the caps; a malformed data line
 * is left to the line checks, so it cannot block the others.
 */
export function readOfferImportFile(content: Buffer): OfferImportFile {
  if (content.length > MAX_IMPORT_BYTES) throw tooLarge();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw notCsv({ line: 1 });
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw notCsv({ line: lineAt(text, nul) });
  const separator = detectSeparator(text);
  const [header, ...records] = parseCsv(text, separator);
  if (records.length > MAX_IMPORT_LINES) throw tooLarge();
  return { separator, columns: headerColumns(header?.fields ?? []), records };
}

function tooLarge(): DomainError {
  return new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, 'offer-import-too-large', {
    maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024,
    maxLines: MAX_IMPORT_LINES,
  });
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text[i] === '\n') line++;
  return line;
}

/** The separator the header row uses: the one of `,` and `;` it has more of outside quotes. */
export function detectSeparator(text: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && character === ',') commas++;
    else if (!quoted && character === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Splits CSV text into records (RFC 4180 section 2): fields in double quotes may hold separators,
 * line breaks and doubled quotes; CRLF, LF and CR all end a record. Lines with nothing on them
 * are skipped. A quote that is never closed makes the file unreadable from its line on.
 */
export function parseCsv(text: string, separator: CsvSeparator): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quotedSince: number | undefined;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (quotedSince !== undefined) {
      if (character === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (character === '"') {
        quotedSince = undefined;
      } else {
        if (character === '\n' || (character === '\r' && text[i + 1] !== '\n')) line++;
        field += character;
      }
    } else if (character === '"' && field === '') {
      quotedSince = line;
    } else if (character === separator) {
      fields.push(field);
      field = '';
    } else if (character === '\r' || character === '\n') {
      if (character === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      // Lenient like most readers: a quote inside an unquoted field is taken as it is.
      field += character;
    }
  }
  if (quotedSince !== undefined) throw notCsv({ line: quotedSince });
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** The header's columns, matched case-insensitively; 400 naming what is wrong with it. */
function headerColumns(header: readonly string[]): ImportColumn[] {
  const columns = header.map((name) =>
    IMPORT_COLUMNS.find((column) => column.toLowerCase() === name.trim().toLowerCase()),
  );
  const valid =
    columns.every((column) => column !== undefined) &&
    new Set(columns).size === columns.length &&
    columns.includes('offerId') &&
    (columns.includes('stock') || columns.includes('price')) &&
    columns.includes('price') === columns.includes('currency');
  if (!valid) {
    throw new DomainError(HttpStatus.BAD_REQUEST, 'offer-import-header', {
      columns: header.join(', ').slice(0, 200),
    });
  }
  return columns;
}

/** Whole numbers only: "12", not "12.0", "12,5" or "1e3". */
function isWholeNumber(value: string): boolean {
  return /^-?\d{1,15}$/.test(value);
}

/**
 * What one record asks, checked by the same rules as PATCH /v1/offers/{id} (UpdateOfferDto):
 * `stock` is the absolute stock, `price` the VAT-inclusive price in minor units (cents) in
 * `currency`; an empty cell leaves that value as it is.
 */
export function readImportLine(columns: readonly ImportColumn[], record: CsvRecord): ImportLine {
  const cell = (column: ImportColumn) => record.fields[columns.indexOf(column)]?.trim() ?? '';
  const offerId = cell('offerId');
  const { line } = record;
  if (record.fields.length !== columns.length) {
    const variables = { expected: columns.length, found: record.fields.length };
    return { line, offerId, problems: [{ field: 'line', code: 'csvColumnCount', variables }] };
  }
  const problems: FieldError[] = [];
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(offerId))
    problems.push({ field: 'offerId', code: 'isUuid' });
  const stock = cell('stock');
  const amount = cell('price');
  const currency = cell('currency').toUpperCase();
  if (stock === '' && amount === '' && currency === '')
    problems.push({ field: 'line', code: 'csvNothingToChange' });
  if (amount !== '' && currency === '') problems.push({ field: 'currency', code: 'isDefined' });
  if (currency !== '' && amount === '') problems.push({ field: 'price', code: 'isDefined' });
  for (const [field, value] of [
    ['stock', stock],
    ['price', amount],
  ] as const) {
    if (value !== '' && !isWholeNumber(value)) problems.push({ field, code: 'isInt' });
  }
  const plain: Record<string, unknown> = {};
  if (isWholeNumber(stock)) plain.stock = Number(stock);
  if (currency !== '') plain.prices = [{ amount: Number(amount), currency }];
  const dto = plainToInstance(UpdateOfferDto, plain);
  const dtoProblems = toFieldErrors(validateSync(dto)).map((problem) => ({
    ...problem,
    field: problem.field.replace(/^prices\.0\.amount$/, 'price').replace(/^prices\.0\./, ''),
  }));
  // A cell reported above is not reported again by the DTO's range checks: one clear problem each.
  const reported = new Set(problems.map((problem) => problem.field));
  problems.push(...dtoProblems.filter((problem) => !reported.has(problem.field)));
  if (problems.length > 0) return { line, offerId, problems };
  return {
    line,
    offerId: offerId.toLowerCase(),
    ...(dto.stock !== undefined && { stock: dto.stock }),
    ...(dto.prices?.[0] && { price: { amount: dto.prices[0].amount, currency } }),
  };
}
