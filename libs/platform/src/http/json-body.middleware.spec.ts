import { assertJsonDepth, charsetOf, MAX_JSON_DEPTH } from './json-body.middleware';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('assertJsonDepth', () => {
  it('accepts nesting up to the limit and refuses one level more', () => {
    expect(() => assertJsonDepth(bytes(nested(MAX_JSON_DEPTH)), MAX_JSON_DEPTH)).not.toThrow();
    expect(() => assertJsonDepth(bytes(nested(MAX_JSON_DEPTH + 1)), MAX_JSON_DEPTH)).toThrow(
      expect.objectContaining({ type: 'entity.too.deep' }),
    );
  });

  it('counts objects and arrays alike', () => {
    expect(() => assertJsonDepth(bytes('{"a":[{"b":[1]}]}'), 3)).toThrow();
    expect(() => assertJsonDepth(bytes('{"a":[{"b":1}]}'), 3)).not.toThrow();
  });

  it('ignores brackets inside strings, including after escaped quotes and backslashes', () => {
    expect(() => assertJsonDepth(bytes(`{"a":"${'[{'.repeat(100)}"}`), 1)).not.toThrow();
    expect(() => assertJsonDepth(bytes(String.raw`{"a":"\"[[[[","b":"\\"}`), 1)).not.toThrow();
    // After "\\" the string has ended, so these brackets are structure again.
    expect(() => assertJsonDepth(bytes(String.raw`{"a":"\\","b":[[1]]}`), 2)).toThrow();
  });

  it('walks 10,000 levels without recursion and multi-byte text without confusion', () => {
    expect(() => assertJsonDepth(bytes(nested(10_000)), MAX_JSON_DEPTH)).toThrow();
    expect(() => assertJsonDepth(bytes('{"name":"Ærø [ümlaut] 東京"}'), 1)).not.toThrow();
  });
});

describe('charsetOf', () => {
  it.each([
    ['application/json', undefined],
    ['application/json; charset=utf-8', 'utf-8'],
    ['application/json;charset="UTF-8"', 'utf-8'],
    ['application/json; foo=bar; Charset = UTF-7', 'utf-7'],
    ['application/json; charset=utf-16le; foo=bar', 'utf-16le'],
  ])('reads %s as %s', (header, charset) => {
    expect(charsetOf(header)).toBe(charset);
  });
});
