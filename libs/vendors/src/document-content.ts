/** The file types accepted for verification documents, recognised by their first bytes. */
const SIGNATURES: ReadonlyArray<{
  contentType: string;
  extension: string;
  magic: readonly number[];
}> = [
  { contentType: 'application/pdf', extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  {
    contentType: 'image/png',
    extension: 'png',
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { contentType: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
];

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * Documents of one type a vendor may hold: room for the front and back of an identity card
 * photographed as two images, plus one more page. More are refused; an upload may instead
 * replace one (the `replaces` field).
 */
export const MAX_DOCUMENTS_PER_TYPE = 3;

/** Documents a vendor may hold in all, so one vendor stores at most 60 MB (6 × 10 MB). */
export const MAX_DOCUMENTS_PER_VENDOR = 6;

/** Longest stem of a download name; longer names are cut (file systems allow 255 bytes). */
const MAX_STEM_LENGTH = 100;

/**
 * The content type the bytes show, or undefined when they are none of PDF, PNG or JPEG. The
 * client's file name and declared type are ignored: they prove nothing about the content.
 */
export function detectDocumentType(
  content: Buffer,
): { contentType: string; extension: string } | undefined {
  return SIGNATURES.find(
    ({ magic }) => content.length >= magic.length && magic.every((byte, i) => content[i] === byte),
  );
}

/**
 * The name to offer when a document is downloaded: the stem of the name it was uploaded with,
 * stripped of folders, control and reserved characters, and the extension of the detected
 * content type, whatever extension the upload claimed. `fallbackStem` serves when nothing is left.
 */
export function downloadFileName(
  uploadedName: string,
  contentType: string,
  fallbackStem: string,
): string {
  const extension = SIGNATURES.find(
    (signature) => signature.contentType === contentType,
  )?.extension;
  const baseName = uploadedName.split(/[/\\]/).pop() ?? '';
  const dot = baseName.lastIndexOf('.');
  const stem = [...(dot >= 0 ? baseName.slice(0, dot) : baseName).normalize('NFC')]
    .map((character) => (/[\p{Cc}\p{Cf}<>:"|?*%]/u.test(character) ? '_' : character))
    .join('')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
  const safeStem = [...stem].slice(0, MAX_STEM_LENGTH).join('').trim() || fallbackStem;
  return extension ? `${safeStem}.${extension}` : safeStem;
}

/**
 * A `Content-Disposition: attachment` value per RFC 6266: `filename` carries an ASCII stand-in
 * for old clients, `filename*` the exact name in UTF-8 (RFC 8187 §3.2.1, where only attr-chars
 * stay unencoded; RFC 6266 §4.3 has clients prefer `filename*`).
 */
export function attachmentDisposition(fileName: string): string {
  const asciiName = fileName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encodedName = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodedName}`;
}
