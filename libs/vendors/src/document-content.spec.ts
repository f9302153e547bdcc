import { detectDocumentType } from './document-content';

describe('detectDocumentType', () => {
  it.each([
    [Buffer.from('%PDF-1.4 rest'), 'application/pdf'],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
  ])('recognises %s', (content, contentType) => {
    expect(detectDocumentType(content)?.contentType).toBe(contentType);
  });

  it.each([
    ['an executable', Buffer.from('MZ\x90\x00')],
    ['HTML', Buffer.from('<html><script>')],
    ['a truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e])],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, content) => {
    expect(detectDocumentType(content)).toBeUndefined();
  });
});
