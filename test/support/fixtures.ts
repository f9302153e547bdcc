/** A password that passes the policy, for accounts whose password the test does not care about. */
export const STRONG_PASSWORD = 'correct horse battery staple';

let counter = 0;

/** An email no other test, run or worker uses. */
export function uniqueEmail(name = 'user'): string {
  counter += 1;
  return `${name}.${process.pid}.${Date.now()}.${counter}@example.eu`;
}
