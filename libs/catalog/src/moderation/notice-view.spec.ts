import { noticeKeyOf, noticeReferenceOf } from './notice-reference';
import { excerptOf } from './notice-view';

describe('notice references', () => {
  it.each([
    ['N-0B1CC1FD5104', 'N-0B1CC1FD5104'],
    ['n-0b1cc1fd5104', 'N-0B1CC1FD5104'],
    [' N-0b1Cc1fD5104 ', 'N-0B1CC1FD5104'],
    ['N-0B1CC1FD510', null],
    ['N-0B1CC1FD5104X', null],
    ['X-0B1CC1FD5104', null],
    ['N-0G1CC1FD5104', null],
  ])('reads %p as %p', (value, reference) => {
    expect(noticeReferenceOf(value)).toBe(reference);
  });

  it('names a notice by id or by reference, and nothing else', () => {
    const id = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
    expect(noticeKeyOf(id)).toEqual({ id });
    expect(noticeKeyOf('n-0b1cc1fd5104')).toEqual({ reference: 'N-0B1CC1FD5104' });
    expect(noticeKeyOf('3fa85f64')).toBeNull();
  });
});

describe('excerptOf', () => {
  it('keeps a short text whole', () => {
    expect(excerptOf('Small parts, no warning.', 30)).toBe('Small parts, no warning.');
  });

  it('cuts a long text after a whole word and marks the cut', () => {
    expect(excerptOf('Small parts and no age warning at all', 20)).toBe('Small parts and no…');
  });

  it('cuts inside a word that would leave too little, never inside a character', () => {
    expect(excerptOf('Kinderspielzeugeisenbahn', 10)).toBe('Kinderspie…');
    expect(excerptOf('🚂🚂🚂🚂🚂🚂', 4)).toBe('🚂🚂🚂🚂…');
  });
});
