import { MEMBER_STATE_CODES, type CountryCode } from '../markets/market.types';
import { courtKey, REGISTER_COURTS } from './de-handelsregister';
import { LEGAL_FORMS } from './legal-forms';
import { findLegalForm, onboardingRequirements, valueProblems } from './onboarding-requirements';
import {
  LEGAL_FORM_REGISTER_RULES,
  REGISTER_NUMBER_RULES,
  registerNumberRule,
} from './register-numbers';

const registeredForms = MEMBER_STATE_CODES.flatMap((country) =>
  LEGAL_FORMS[country]
    .filter((form) => form.registered)
    .map((form) => [country, form.code] as [CountryCode, string]),
);

describe('business register numbers', () => {
  it.each(MEMBER_STATE_CODES)('%s: the documented example passes its own check', (country) => {
    const rule = REGISTER_NUMBER_RULES[country];
    expect(rule.check(rule.example)).toMatchObject({ valid: true });
  });

  it.each(registeredForms)('%s %s: the form’s example passes the form’s check', (country, form) => {
    const rule = registerNumberRule(country, form);
    expect(rule.check(rule.example)).toMatchObject({ valid: true });
  });

  it('keys per-form rules by legal forms that exist', () => {
    for (const [country, rules] of Object.entries(LEGAL_FORM_REGISTER_RULES)) {
      const codes = LEGAL_FORMS[country as CountryCode].map((form) => form.code);
      expect(codes).toEqual(expect.arrayContaining(Object.keys(rules ?? {})));
    }
  });

  it('falls back to the country’s rule for an unknown or absent legal form', () => {
    expect(registerNumberRule('DE', undefined)).toBe(REGISTER_NUMBER_RULES.DE);
    expect(registerNumberRule('DE', 'no-such-form')).toBe(REGISTER_NUMBER_RULES.DE);
    expect(registerNumberRule('DE', 'GMBH')).toBe(registerNumberRule('DE', 'gmbh'));
  });

  // [country, legal form (or null for the country's rule), input, normal form]
  it.each([
    // Romania: the format in use since 2024-07-26 (python-stdnum ro/onrc.py doctests)
    ['RO', 'srl', 'J2012000750528', 'J2012000750528'],
    ['RO', 'srl', 'J2024035703000', 'J2024035703000'],
    ['RO', 'srl', 'J2025085871002', 'J2025085871002'],
    ['RO', 'pfa', 'F2025000412006', 'F2025000412006'],
    // a county without its leading zero, and the old format with a full date
    ['RO', 'srl', 'J1/384/2015', 'J01/384/2015'],
    ['RO', 'srl', 'J/2/750/2012', 'J02/750/2012'],
    ['RO', 'srl', 'J05/1729/09.09.1991', 'J05/1729/1991'],
    ['RO', 'pfa', 'F 26 1132/2007', 'F26/1132/2007'],
    ['RO', null, 'Nr. Reg. Com. J40/1234/2020', 'J40/1234/2020'],
    // Poland: KRS with its label
    ['PL', 'sp-z-oo', 'KRS 0000912345', '0000912345'],
    ['PL', 'ska', 'KRS: 0000912345', '0000912345'],
    // Hungary: the e.v. has its own 8-digit number
    ['HU', 'ev', '5647 3829', '56473829'],
    ['HU', 'kft', 'Cg. 01-09-562739', '01-09-562739'],
    ['HU', 'nyrt', 'Cg.01-10-041585', '01-10-041585'],
    // Malta: partnerships have P numbers
    ['MT', 'en-nom-collectif', 'P 1234', 'P 1234'],
    ['MT', 'en-commandite', 'p-1234', 'P 1234'],
    ['MT', 'ltd', 'C12345', 'C 12345'],
    // Germany: the court is part of the number, in any of the usual orders and spellings
    ['DE', 'gmbh', 'Amtsgericht Charlottenburg HRB 12345', 'Berlin (Charlottenburg) HRB 12345'],
    ['DE', 'gmbh', 'HRB 12345, AG München', 'München HRB 12345'],
    ['DE', 'gmbh', 'München HRB 12345', 'München HRB 12345'],
    ['DE', 'gmbh', 'Muenchen HR B 12345', 'München HRB 12345'],
    ['DE', 'gmbh', 'HRB-12345 Amtsgericht Köln', 'Köln HRB 12345'],
    [
      'DE',
      'gmbh',
      'Registergericht: Amtsgericht Frankfurt am Main, HRB 4711',
      'Frankfurt am Main HRB 4711',
    ],
    ['DE', 'gmbh', 'Berlin HRB 87447 B', 'Berlin (Charlottenburg) HRB 87447 B'],
    ['DE', 'gmbh', 'HRB 151080 B, Charlottenburg', 'Berlin (Charlottenburg) HRB 151080 B'],
    ['DE', 'gmbh', 'HRB 12345 Hof', 'Hof HRB 12345'],
    ['DE', 'gmbh', 'Flensburg HRB 4057 FL', 'Flensburg HRB 4057 FL'],
    ['DE', 'ek', 'hra 5980 bad oeynhausen', 'Bad Oeynhausen HRA 5980'],
    ['DE', 'se', 'St. Ingbert HRB 1', 'St. Ingbert (St Ingbert) HRB 1'],
    // python-stdnum's <register> <number> <suffix> <court>; a short word that starts the court
    // name, or AG for Amtsgericht, is no suffix (scripts/register-differential.py)
    ['DE', null, 'GnR 397236 FL Wittlich', 'Wittlich GnR 397236 FL'],
    ['DE', 'gmbh', 'HRB 123 Bad Homburg', 'Bad Homburg v.d.H. HRB 123'],
    ['DE', 'gmbh', 'HRB 12345 AG München', 'München HRB 12345'],
    // Italy: the codice fiscale, per legal form
    ['IT', 'srl', '00743110157', '00743110157'],
    ['IT', 'spa', 'C.F. 00743110157', '00743110157'],
    ['IT', 'ditta-individuale', 'rccmnl83s18d969h', 'RCCMNL83S18D969H'],
    // Austria, France, Slovenia, Cyprus, Luxembourg, Spain: as people type them
    ['AT', 'gmbh', 'fn 122119 M', 'FN 122119m'],
    ['AT', 'gmbh', 'FN-122119m', 'FN 122119m'],
    ['FR', 'sas', 'RCS Paris B 732 829 320', '732829320'],
    ['FR', 'sas', 'RCS Paris 732 829 320', '732829320'],
    ['FR', 'sas', '732 829 320 R.C.S. Nanterre', '732829320'],
    ['FR', 'sas', 'SIRET 732 829 320 00074', '73282932000074'],
    ['FR', 'sa', '35600000049837', '35600000049837'], // La Poste: digit sum mod 5
    ['SI', 'doo', '5300231', '5300231000'],
    ['SI', 'doo', '9331310000', '9331310000'],
    ['CY', 'ltd', 'ΗΕ 123456', 'HE 123456'],
    ['CY', 'general-partnership', 'P 12345', 'P 12345'],
    ['LU', 'entreprise-individuelle', 'RCS Luxembourg A 12345', 'A12345'],
    ['LU', 'sarl', 'B 123456', 'B123456'],
    ['ES', 'sau', 'A-28015865', 'A28015865'],
    ['ES', 'sl', 'CIF B86561412', 'B86561412'],
    ['LT', 'uab', 'Įmonės kodas 110053842', '110053842'],
    ['BE', 'bv', 'KBO 0403.019.261', '0403019261'],
    ['CZ', 'sro', 'IČO: 25596641', '25596641'],
    ['NL', 'bv', 'KvK 12345678', '12345678'],
    ['DK', 'aps', 'CVR-nr. 13585628', '13585628'],
    // Found by scripts/register-differential.py against python-stdnum 2.2: an IČO may start
    // with 9 (cz/ico.py, sk/ico.py), and a Latvian personal code may start with 32 (lv/pvn.py)
    ['CZ', 'sro', '95961011', '95961011'],
    ['SK', 'sro', '90765192', '90765192'],
    ['LV', 'ik', '32157352028', '32157352028'],
    ['LV', 'sia', 'LV 4000 3521 600', '40003521600'],
  ] as const)('%s %s: accepts %s as %s', (country, form, input, normalized) => {
    expect(registerNumberRule(country, form).check(input)).toEqual({ valid: true, normalized });
  });

  it.each([
    // Romania: trailing text, counties 00 and 41, old format after the switch, check digit
    ['RO', 'srl', 'J52/750/2012x', 'identifierFormat'],
    ['RO', 'srl', 'J22/1515/2007/123', 'identifierFormat'],
    ['RO', 'srl', 'J52/750/2012 SRL', 'identifierFormat'],
    ['RO', 'srl', 'J00/1/2020', 'identifierFormat'],
    ['RO', 'srl', 'J41/1/2020', 'identifierFormat'],
    ['RO', 'srl', 'J40/1234/2025', 'identifierFormat'],
    ['RO', 'srl', 'J2012000750529', 'identifierChecksum'],
    ['RO', 'srl', 'J2016012984007', 'identifierFormat'], // county 00 before 2024
    ['RO', 'srl', 'J2025012984401', 'identifierFormat'], // a county after 2024
    ['RO', 'srl', 'F2025000412006', 'identifierFormat'], // F is for PFA, II and IF
    ['PL', 'sp-z-oo', '123456', 'identifierFormat'],
    // Hungary: a company number is no e.v. number, the form code must match, court 12 is unused
    ['HU', 'ev', '01-09-562739', 'identifierFormat'],
    ['HU', 'kft', '56473829', 'identifierFormat'],
    ['HU', 'kft', '01-10-041585', 'identifierFormat'],
    ['HU', 'kft', '12-09-562739', 'identifierFormat'],
    ['MT', 'ltd', 'P 1234', 'identifierFormat'],
    // Germany: no court, an unknown or ambiguous court, the wrong register section
    ['DE', 'gmbh', 'HRB 86891', 'registerCourt'],
    ['DE', 'gmbh', 'HR B 86891', 'registerCourt'],
    ['DE', 'gmbh', 'Atlantis HRB 86891', 'registerCourt'],
    ['DE', 'gmbh', 'Frankfurt HRB 86891', 'registerCourt'],
    ['DE', 'gmbh', 'München HRA 86891', 'identifierFormat'],
    ['DE', 'kg', 'München HRB 86891', 'identifierFormat'],
    ['DE', 'gmbh', 'München HRB 086891', 'identifierFormat'],
    ['DE', 'gmbh', '86891', 'identifierFormat'],
    // a digit beside the entry is a mistyped number, not to be dropped
    ['DE', 'gmbh', 'Stadthagen HRB1 3', 'identifierFormat'],
    ['DE', 'gmbh', 'HRB 54 76, Ulm', 'identifierFormat'],
    ['DE', null, '2GnR 54, Bonn', 'identifierFormat'],
    // Italy: check digits, the REA number is not the register number, the holder's kind
    ['IT', 'srl', '00743110158', 'identifierChecksum'],
    ['IT', 'srl', 'MI-1234567', 'identifierFormat'],
    ['IT', 'srl', 'RCCMNL83S18D969H', 'identifierFormat'],
    ['IT', 'ditta-individuale', 'RCCMNL83S18D969J', 'identifierChecksum'],
    ['IT', 'ditta-individuale', '00743110157', 'identifierFormat'],
    ['IT', 'ditta-individuale', 'RCCMNL83S78D969H', 'identifierChecksum'], // no 38th day
    // Check digits that were not verified
    ['LT', 'uab', '110053843', 'identifierChecksum'],
    ['SI', 'doo', '5300232000', 'identifierChecksum'],
    ['SI', 'doo', '12345', 'identifierFormat'],
    ['FR', 'sas', '73282932100015', 'identifierChecksum'], // Luhn passes, the SIREN part does not
    ['FR', 'sas', '732829321', 'identifierChecksum'],
    ['FR', 'sas', 'Paris 732 829 320', 'identifierFormat'],
    ['AT', 'gmbh', 'FN ABC', 'identifierFormat'],
    ['ES', 'sl', 'A28015865', 'identifierFormat'], // an S.L.'s NIF starts with B
    ['LU', 'sarl', 'A12345', 'identifierFormat'],
    ['CY', 'ltd', 'P 12345', 'identifierFormat'],
    // Found by scripts/register-differential.py against python-stdnum 2.2: enterprise numbers
    // start with 0 or 1 (be/vat.py), CVR numbers never with 0 (dk/cvr.py)
    ['BE', 'bv', '2297705712', 'identifierFormat'],
    ['DK', 'aps', '05006201', 'identifierFormat'],
  ] as const)('%s %s: refuses %s (%s)', (country, form, input, problem) => {
    expect(registerNumberRule(country, form).check(input)).toEqual({ valid: false, problem });
  });

  it.each([
    ['FR', '732829320', '732829321', 'identifierChecksum'], // SIREN, Luhn
    ['FR', '73282932000074', '73282932000075', 'identifierChecksum'], // SIRET
    ['CZ', '25596641', '25596642', 'identifierChecksum'], // IČO
    ['SK', '35757442', '35757443', 'identifierChecksum'], // IČO
    ['DK', '13585628', '13585629', 'identifierChecksum'], // CVR
    ['FI', '2077474-0', '2077474-1', 'identifierChecksum'], // Y-tunnus
    ['EE', '10137319', '10137318', 'identifierChecksum'], // registrikood
    ['PT', '501964843', '501964844', 'identifierChecksum'], // NIPC
    ['BE', '0403.019.261', '0403.019.262', 'identifierChecksum'], // enterprise number
    ['NL', '12345678', '1234567', 'identifierFormat'], // KvK
    ['PL', '0000123456', '123456', 'identifierFormat'], // KRS
    ['HU', 'Cg. 01-09-562739', '01-09-56273', 'identifierFormat'], // without a legal form
    ['IT', 'RCCMNL83S18D969H', 'MI-1234567', 'identifierFormat'], // without a legal form
  ] as const)('%s: accepts %s and refuses %s', (country, valid, invalid, problem) => {
    const rule = REGISTER_NUMBER_RULES[country];
    expect(rule.check(valid)).toMatchObject({ valid: true });
    expect(rule.check(invalid)).toEqual({ valid: false, problem });
  });

  it('writes numbers in their usual form', () => {
    expect(REGISTER_NUMBER_RULES.FI.check('20774740')).toEqual({
      valid: true,
      normalized: '2077474-0',
    });
    expect(REGISTER_NUMBER_RULES.DE.check('amtsgericht münchen  hrb  86891')).toEqual({
      valid: true,
      normalized: 'München HRB 86891',
    });
  });

  it('tells every German register court apart, however it is typed', () => {
    expect(new Set(REGISTER_COURTS.map(courtKey)).size).toBe(REGISTER_COURTS.length);
    expect(courtKey('Pößneck')).toBe(courtKey('Poessneck'));
    expect(courtKey('Düsseldorf')).toBe(courtKey('Duesseldorf'));
  });
});

describe('register numbers in the onboarding requirements', () => {
  const registerField = (country: CountryCode, code: string) => {
    const form = findLegalForm(country, code);
    if (!form) throw new Error(`no ${code} in ${country}`);
    const requirements = onboardingRequirements(country, form);
    return {
      field: requirements.fields.find((f) => f.field === 'registerNumber'),
      extract: requirements.documents.find((d) => d.type === 'registerExtract')?.required,
    };
  };

  it('asks each form for its own number', () => {
    expect(registerField('HU', 'ev').field?.example).toBe('56473829');
    expect(registerField('HU', 'kft').field?.example).toBe('01-09-562739');
    expect(registerField('IT', 'ditta-individuale').field?.example).toBe('RCCMNL83S18D969H');
    expect(registerField('MT', 'en-nom-collectif').field?.example).toBe('P 1234');
    expect(registerField('DE', 'kg').field?.example).toBe('München HRA 95476');
    expect(registerField('RO', 'srl').field?.example).toBe('J2012000750528');
  });

  it('requires no register number of a Polish JDG (CEIDG gives none), only its NIP as an option, and an S.K.A. its KRS', () => {
    expect(registerField('PL', 'jdg')).toEqual({
      field: expect.objectContaining({ required: false, example: '526-104-08-28' }),
      extract: false,
    });
    expect(registerNumberRule('PL', 'jdg').check('NIP 526-104-08-28')).toEqual({
      valid: true,
      normalized: '5261040828',
    });
    expect(registerNumberRule('PL', 'jdg').check('5261040827')).toEqual({
      valid: false,
      problem: 'identifierChecksum',
    });
    // A JDG has no KRS entry, so a KRS number is not its number.
    expect(registerNumberRule('PL', 'jdg').check('KRS 0000912345')).toMatchObject({ valid: false });
    expect(registerField('PL', 'ska').field).toMatchObject({
      required: true,
      example: '0000123456',
    });
  });

  it('knows the Spanish C.B. and S.A.U. and the SE in every member state', () => {
    expect(findLegalForm('ES', 'cb')).toMatchObject({ registered: false, kind: 'partnership' });
    expect(findLegalForm('ES', 'sau')).toMatchObject({ registered: true, kind: 'company' });
    for (const country of MEMBER_STATE_CODES)
      expect(findLegalForm(country, 'se')).toMatchObject({ abbreviation: 'SE', registered: true });
  });

  it('checks the number against the legal form when it is known', () => {
    const problems = (legalForm: string | undefined, registerNumber: string) =>
      valueProblems('HU', { legalForm, registerNumber }, '2026-11-26').map((p) => p.code);
    expect(problems('kft', '56473829')).toEqual(['identifierFormat']);
    expect(problems('ev', '56473829')).toEqual([]);
    expect(problems(undefined, '56473829')).toEqual([]);
    expect(problems('kft', '01-09-562739')).toEqual([]);
  });
});
