import { attachmentDisposition, detectDocumentType, downloadFileName } from './document-content';

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

describe('downloadFileName', () => {
  it.each([
    ['auszug.pdf', 'application/pdf', 'auszug.pdf'],
    // The extension follows the detected content, not the claimed one.
    ['scan.pdf', 'image/jpeg', 'scan.jpg'],
    ['ausweis', 'image/png', 'ausweis.png'],
    ['Handelsregister Müller & Söhne.PDF', 'application/pdf', 'Handelsregister Müller & Söhne.pdf'],
    ['C:\\Users\\anna\\id card.png', 'image/png', 'id card.png'],
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['evil"name\r\n.pdf', 'application/pdf', 'evil_name__.pdf'],
    ['invoice\u202Egpj.exe', 'image/jpeg', 'invoice_gpj.jpg'],
    ['.pdf', 'application/pdf', 'registerExtract.pdf'],
    ['   ', 'application/pdf', 'registerExtract.pdf'],
  ])('names %j of type %s %j', (uploaded, contentType, expected) => {
    expect(downloadFileName(uploaded, contentType, 'registerExtract')).toBe(expected);
  });

  it('cuts a very long name and keeps the extension', () => {
    const name = downloadFileName(`${'x'.repeat(300)}.pdf`, 'application/pdf', 'registerExtract');
    expect(name).toBe(`${'x'.repeat(100)}.pdf`);
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII name and the exact name as RFC 8187 UTF-8', () => {
    expect(attachmentDisposition('Auszug Müller (2024).pdf')).toBe(
      `attachment; filename="Auszug Muller (2024).pdf"; filename*=UTF-8''Auszug%20M%C3%BCller%20%282024%29.pdf`,
    );
  });

  it('replaces what would break the quoted ASCII name', () => {
    expect(attachmentDisposition('Ελληνικά 50%.png')).toBe(
      `attachment; filename="________ 50_.png"; filename*=UTF-8''%CE%95%CE%BB%CE%BB%CE%B7%CE%BD%CE%B9%CE%BA%CE%AC%2050%25.png`,
    );
  });
});
