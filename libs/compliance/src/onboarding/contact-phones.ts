import { getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import mobileExamples from 'libphonenumber-js/mobile/examples';
import type { CountryCode } from '../markets/market.types';

export type PhoneCheck = { valid: true; normalized: string } | { valid: false };

/**
 * Checks a phone number in international format as people type it (`+33 1 23 45 67 89`,
 * `+49 (0)30 1234-5678`): libphonenumber's metadata decides whether it can exist, and the normal
 * form is E.164 (ITU-T E.164: `+` and at most 15 digits). Without the country code a number is
 * ambiguous, since the contact may sit in another country than the business.
 */
export function checkPhone(value: string): PhoneCheck {
  const phone = parsePhoneNumberFromString(value.trim(), { extract: false });
  return phone?.isValid() ? { valid: true, normalized: phone.number } : { valid: false };
}

/** A number of the country's own numbering plan, as people write it internationally. */
export function phoneExample(country: CountryCode): string {
  const example = getExampleNumber(country, mobileExamples);
  // libphonenumber has an example for every member state; a missing one is a packaging error.
  if (!example) throw new Error(`libphonenumber-js has no example number for ${country}`);
  return example.formatInternational();
}
