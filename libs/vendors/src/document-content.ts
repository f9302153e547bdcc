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
