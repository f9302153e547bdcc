import { DomainError } from '@app/platform';
import {
  detectSeparator,
  MAX_IMPORT_BYTES,
  parseCsv,
  readImportLine,
  readOfferImportFile,
} from './offer-import-csv';

const OFFER = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    const records = parseCsv('a,b\r\n"x,1","say ""hi"""\n"two\nlines",z\n', ',');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x,1', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
    ]);
  });

  it('skips blank lines but keeps physical line numbers, and reads a last line without a break', () => {
    expect(parseCsv('a;b\n\n1;2\r\n\r\n3;4', ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
      { line: 5, fields: ['3', '4'] },
    ]);
  });

  it('refuses a quote that is never closed, naming its line', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n', ',')).toThrow(
      expect.objectContaining({ code: 'offer-import-not-csv', variables: { line: 2 } }),
    );
  });

  it('takes the separator the header uses most', () => {
    expect(detectSeparator('offerId;stock;price;currency\n1,2;3')).toBe(';');
    expect(detectSeparator('offerId,stock\n')).toBe(',');
    expect(detectSeparator('"a;b",c\n')).toBe(',');
  });
});

describe('readOfferImportFile', () => {
  it('drops a byte-order mark and reads a semicolon-separated file', () => {
    const file = readOfferImportFile(Buffer.from(`\uFEFFOfferId;Stock\n${OFFER};3\n`));
    expect(file).toEqual({
      separator: ';',
      columns: ['offerId', 'stock'],
      records: [{ line: 2, fields: [OFFER, '3'] }],
    });
  });

  it('refuses what is not UTF-8 CSV text, a bad header and a file over the caps', () => {
    expect(codeOf(() => readOfferImportFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff])))).toBe(
      'offer-import-not-csv',
    );
    expect(codeOf(() => readOfferImportFile(Buffer.from('offerId,stock\n\u0000')))).toBe(
      'offer-import-not-csv',
    );
    expect(codeOf(() => readOfferImportFile(Buffer.from('id,stock\n')))).toBe(
      'offer-import-header',
    );
    expect(codeOf(() => readOfferImportFile(Buffer.from('offerId,price\n')))).toBe(
      'offer-import-header',
    );
    expect(codeOf(() => readOfferImportFile(Buffer.from('offerId,stock,stock\n')))).toBe(
      'offer-import-header',
    );
    expect(codeOf(() => readOfferImportFile(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61)))).toBe(
      'offer-import-too-large',
    );
    const manyLines = `offerId,stock\n${`${OFFER},1\n`.repeat(50_001)}`;
    expect(codeOf(() => readOfferImportFile(Buffer.from(manyLines)))).toBe(
      'offer-import-too-large',
    );
  });
});

describe('readImportLine', () => {
  const columns = ['offerId', 'stock', 'price', 'currency'] as const;
  const line = (...fields: string[]) => readImportLine(columns, { line: 7, fields });

  it('reads absolute stock and a price in minor units; empty cells change nothing', () => {
    expect(line(OFFER, '12', '2999', 'eur')).toEqual({
      line: 7,
      offerId: OFFER,
      stock: 12,
      price: { amount: 2999, currency: 'EUR' },
    });
    expect(line(OFFER.toUpperCase(), ' 0 ', '', '')).toEqual({ line: 7, offerId: OFFER, stock: 0 });
  });

  it('names each problem of a bad line by the rules of PATCH /v1/offers/{id}', () => {
    const problems = (...fields: string[]) => {
      const read = line(...fields);
      return 'problems' in read ? read.problems.map((p) => `${p.field}:${p.code}`) : [];
    };
    expect(problems('nope', '-1', '12.50', 'XXX')).toEqual([
      'offerId:isUuid',
      'price:isInt',
      'currency:isIn',
      'stock:min',
    ]);
    expect(problems(OFFER, '', '', '')).toEqual(['line:csvNothingToChange']);
    expect(problems(OFFER, '', '100', '')).toEqual(['currency:isDefined']);
    expect(problems(OFFER, '1')).toEqual(['line:csvColumnCount']);
    expect(problems(OFFER, '2000000', '0', 'EUR')).toEqual(['price:min', 'stock:max']);
  });
});
