/** A password that passes the policy, for accounts whose password the test does not care about. */
export const STRONG_PASSWORD = 'correct horse battery staple';

let counter = 0;

/** An email no other test, run or worker uses. */
export function uniqueEmail(name = 'user'): string {
  counter += 1;
  return `${name}.${process.pid}.${Date.now()}.${counter}@example.eu`;
}

/** Bytes that start like the real formats, enough for content detection. */
export const PDF_BYTES = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(2048, 0x20),
  Buffer.from('\n%%EOF\n'),
]);
export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(1024, 1),
]);

/** A German GmbH with everything its onboarding requires. */
export function germanGmbh(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    country: 'DE',
    legalForm: 'gmbh',
    legalName: 'Beispiel Handels GmbH',
    registeredAddress: {
      line1: 'Friedrichstraße 123',
      postalCode: '10117',
      city: 'Berlin',
      country: 'DE',
    },
    registerNumber: 'München HRB 86891',
    vatId: 'DE136695976',
    iban: 'DE89370400440532013000',
    accountHolder: 'Beispiel Handels GmbH',
    contactEmail: 'orders@beispiel.example',
    contactPhone: '+4930123456789',
    representative: { firstName: 'Anna', lastName: 'Schmidt', dateOfBirth: '1980-04-12' },
    preferredLanguage: 'de',
    categories: ['home-garden'],
    selfCertification: true,
    registrations: { DE: { packaging: 'DE1234567890123' } },
    ...overrides,
  };
}
