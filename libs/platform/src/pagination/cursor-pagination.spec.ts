import { ValidationFailedError } from '../errors/domain-error';
import { decodeCursor, encodeCursor, toPage } from './cursor-pagination';

const uuid = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('decodeCursor', () => {
  it('reads back the cursors toPage hands out', () => {
    const createdAt = new Date('2026-03-01T12:34:56.789Z');
    const page = toPage(
      [
        { createdAt, id: uuid },
        { createdAt, id: uuid },
      ],
      1,
      (row) => row.id,
    );
    expect(decodeCursor(page.nextCursor!)).toEqual({
      createdAt: createdAt.toISOString(),
      id: uuid,
    });
    expect(decodeCursor(encodeCursor({ createdAt: '0001-01-01T00:00:00.000Z', id: uuid }))).toEqual(
      { createdAt: '0001-01-01T00:00:00.000Z', id: uuid },
    );
  });

  it.each([
    ['garbage', 'not base64 json'],
    ['a number Date.parse accepts', cursorOf(['1', uuid])],
    ['a date without time', cursorOf(['2026-03-01', uuid])],
    ['a year beyond 9999', cursorOf(['+275760-09-13T00:00:00.000Z', uuid])],
    ['a negative year', cursorOf(['-271821-04-20T00:00:00.000Z', uuid])],
    ['year zero', cursorOf(['0000-01-01T00:00:00.000Z', uuid])],
    ['a day that does not exist', cursorOf(['2026-02-30T00:00:00.000Z', uuid])],
    ['an hour that does not exist', cursorOf(['2026-03-01T24:00:00.000Z', uuid])],
    ['an id that is not a UUID', cursorOf(['2026-03-01T00:00:00.000Z', 'x'])],
    ['numbers', cursorOf([1e308, 1e308])],
    ['an object', cursorOf({ createdAt: '2026-03-01T00:00:00.000Z', id: uuid })],
  ])('refuses %s as invalidCursor', (_name, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(ValidationFailedError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as ValidationFailedError).fieldErrors).toEqual([
        { field: 'cursor', code: 'invalidCursor' },
      ]);
    }
  });
});
