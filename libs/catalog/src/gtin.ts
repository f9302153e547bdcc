/**
 * True for a GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN) or GTIN-14 whose last digit is the GS1
 * check digit: weights 3 and 1 alternate from the right, excluding the check digit.
 */
export function isValidGtin(value: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(value)) return false;
  const digits = [...value].map(Number);
  const check = digits.pop()!;
  const sum = digits
    .reverse()
    .reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}
