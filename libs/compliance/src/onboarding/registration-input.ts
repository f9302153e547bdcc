import { isMemberState } from '../markets/markets';
import type { CountryCode, IsoDate } from '../markets/market.types';
import { valueProblems, type OnboardingProblem } from './onboarding-requirements';
import type { RegistrationDuty } from './onboarding.types';
import { marketRegistrations } from './registration-rules';

/** Longest registration number kept: bounds the input, far above any register's format. */
export const MAX_REGISTRATION_LENGTH = 100;

export interface RegistrationInput {
  problems: OnboardingProblem[];
  /** The values given, trimmed; to be written only when `problems` is empty. */
  registrations: Partial<Record<RegistrationDuty, string>>;
}

/**
 * Reads `{ <duty>: number }` sent by a seller established in `home` for `market`: every problem
 * at once, on the vendor's field paths (`registrations.<MARKET>.<duty>`). Only the duties the
 * market demands of this seller are accepted (marketRegistrations: its categories aside, a duty
 * for foreign sellers is none of a local seller's business), and each number is checked by the
 * same rule as at onboarding (valueProblems).
 */
export function registrationInput(
  home: CountryCode,
  market: string,
  body: unknown,
  today: IsoDate,
): RegistrationInput {
  const problems: OnboardingProblem[] = [];
  const registrations: Partial<Record<RegistrationDuty, string>> = {};
  const code = market.toUpperCase();
  if (!isMemberState(code)) {
    problems.push({ field: 'market', code: 'unknownMarket' });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    problems.push({ field: 'body', code: 'unknownValue' });
    return { problems, registrations };
  }
  const entries = Object.entries(body as Record<string, unknown>);
  if (entries.length === 0) problems.push({ field: 'body', code: 'isNotEmpty' });
  if (!isMemberState(code)) return { problems, registrations };
  const duties = marketRegistrations(home, code).map((rule) => rule.duty as string);
  for (const [duty, value] of entries) {
    const field = `registrations.${code}.${duty}`;
    if (duties.length === 0) {
      problems.push({ field, code: 'noRegistrationDuties', variables: { market: code } });
    } else if (!duties.includes(duty)) {
      problems.push({ field, code: 'isIn', variables: { values: duties.join(', ') } });
    } else if (typeof value !== 'string') {
      problems.push({ field, code: 'isString' });
    } else if (value.trim() === '') {
      // An empty number is no registration; nothing is removed here (listings rely on it).
      problems.push({ field, code: 'isNotEmpty' });
    } else if (value.length > MAX_REGISTRATION_LENGTH) {
      problems.push({ field, code: 'maxLength', variables: { max: MAX_REGISTRATION_LENGTH } });
    } else {
      registrations[duty as RegistrationDuty] = value.trim();
    }
  }
  problems.push(...valueProblems(home, { registrations: { [code]: registrations } }, today));
  return { problems, registrations };
}
