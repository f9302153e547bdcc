import type { IdentifierCheck } from './identifier-check';

/**
 * German register numbers (Handelsregister, Genossenschafts-, Partnerschafts-, Vereins- and
 * Gesellschaftsregister). A number such as HRB 12345 is unique only together with the court that
 * keeps the register (§ 8 HGB: the register is kept by the Amtsgerichte), so the court is part of
 * the number; DSA Art. 30(1)(d) asks for the register entry as a whole.
 *
 * The courts, their accepted spellings and the written form `<court> <register> <number>` follow
 * python-stdnum 2.2, stdnum/de/handelsregisternummer.py (GERMAN_COURTS, the alias table and
 * `validate`), which lists the courts of handelsregister.de. The register types per legal form
 * follow the same module (COMPANY_FORM_REGISTRY_TYPES) and § 3 HRV (section A: sole traders and
 * partnerships, section B: AG, SE, KGaA and GmbH).
 */
export const REGISTER_COURTS = [
  'Aachen', 'Altenburg', 'Amberg', 'Ansbach', 'Apolda', 'Arnsberg', 'Arnstadt Zweigstelle Ilmenau',
  'Arnstadt', 'Aschaffenburg', 'Augsburg', 'Aurich', 'Bad Hersfeld', 'Bad Homburg v.d.H.',
  'Bad Kreuznach', 'Bad Oeynhausen', 'Bad Salzungen', 'Bamberg', 'Bayreuth',
  'Berlin (Charlottenburg)', 'Bielefeld', 'Bochum', 'Bonn', 'Braunschweig', 'Bremen', 'Chemnitz',
  'Coburg', 'Coesfeld', 'Cottbus', 'Darmstadt', 'Deggendorf', 'Dortmund', 'Dresden', 'Duisburg',
  'Düren', 'Düsseldorf', 'Eisenach', 'Erfurt', 'Eschwege', 'Essen', 'Flensburg',
  'Frankfurt am Main', 'Frankfurt/Oder', 'Freiburg', 'Friedberg', 'Fritzlar', 'Fulda', 'Fürth',
  'Gelsenkirchen', 'Gera', 'Gießen', 'Gotha', 'Greiz', 'Göttingen', 'Gütersloh', 'Hagen',
  'Hamburg', 'Hamm', 'Hanau', 'Hannover', 'Heilbad Heiligenstadt', 'Hildburghausen', 'Hildesheim',
  'Hof', 'Homburg', 'Ingolstadt', 'Iserlohn', 'Jena', 'Kaiserslautern', 'Kassel',
  'Kempten (Allgäu)', 'Kiel', 'Kleve', 'Koblenz', 'Korbach', 'Krefeld', 'Köln', 'Königstein',
  'Landau', 'Landshut', 'Langenfeld', 'Lebach', 'Leipzig', 'Lemgo', 'Limburg',
  'Ludwigshafen a.Rhein (Ludwigshafen)', 'Lübeck', 'Lüneburg', 'Mainz', 'Mannheim', 'Marburg',
  'Meiningen', 'Memmingen', 'Merzig', 'Montabaur', 'Mönchengladbach', 'Mühlhausen', 'München',
  'Münster', 'Neubrandenburg', 'Neunkirchen', 'Neuruppin', 'Neuss', 'Nordhausen', 'Nürnberg',
  'Offenbach am Main', 'Oldenburg (Oldenburg)', 'Osnabrück', 'Ottweiler', 'Paderborn', 'Passau',
  'Pinneberg', 'Potsdam', 'Pößneck Zweigstelle Bad Lobenstein', 'Pößneck', 'Recklinghausen',
  'Regensburg', 'Rostock', 'Rudolstadt Zweigstelle Saalfeld', 'Rudolstadt', 'Saarbrücken',
  'Saarlouis', 'Schweinfurt', 'Schwerin', 'Siegburg', 'Siegen', 'Sondershausen', 'Sonneberg',
  'St. Ingbert (St Ingbert)', 'St. Wendel (St Wendel)', 'Stadthagen', 'Stadtroda', 'Steinfurt',
  'Stendal', 'Stralsund', 'Straubing', 'Stuttgart', 'Suhl', 'Sömmerda', 'Tostedt', 'Traunstein',
  'Ulm', 'Völklingen', 'Walsrode', 'Weiden i. d. OPf.', 'Weimar', 'Wetzlar', 'Wiesbaden',
  'Wittlich', 'Wuppertal', 'Würzburg', 'Zweibrücken',
] as const; // prettier-ignore

/** Other spellings of a court, as python-stdnum accepts them. */
const COURT_ALIASES: ReadonlyArray<readonly [string, (typeof REGISTER_COURTS)[number]]> = [
  ['Allgäu', 'Kempten (Allgäu)'],
  ['Bad Homburg', 'Bad Homburg v.d.H.'],
  ['Berlin', 'Berlin (Charlottenburg)'],
  ['Charlottenburg', 'Berlin (Charlottenburg)'],
  ['Charlottenburg (Berlin)', 'Berlin (Charlottenburg)'],
  ['Kempten', 'Kempten (Allgäu)'],
  ['Ludwigshafen am Rhein (Ludwigshafen)', 'Ludwigshafen a.Rhein (Ludwigshafen)'],
  ['Ludwigshafen am Rhein', 'Ludwigshafen a.Rhein (Ludwigshafen)'],
  ['Ludwigshafen', 'Ludwigshafen a.Rhein (Ludwigshafen)'],
  ['Oldenburg', 'Oldenburg (Oldenburg)'],
  ['St. Ingbert', 'St. Ingbert (St Ingbert)'],
  ['St. Wendel', 'St. Wendel (St Wendel)'],
  ['Weiden in der Oberpfalz', 'Weiden i. d. OPf.'],
  ['Weiden', 'Weiden i. d. OPf.'],
  ['Paderborn früher Höxter', 'Paderborn'],
  // Ours: the short forms of the two Frankfurts seen on letterheads.
  ['Frankfurt a.M.', 'Frankfurt am Main'],
  ['Frankfurt/Main', 'Frankfurt am Main'],
  ['Frankfurt an der Oder', 'Frankfurt/Oder'],
];

/**
 * Key for comparing court names however they are typed: letters only, without accents, and with
 * the keyboard spellings ae/oe/ue/ss folded like ä/ö/ü/ß ("Muenchen", "Koeln", "Poessneck").
 */
export function courtKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}

export const COURTS_BY_KEY: ReadonlyMap<string, string> = new Map([
  ...REGISTER_COURTS.map((court): [string, string] => [courtKey(court), court]),
  ...COURT_ALIASES.map(([alias, court]): [string, string] => [courtKey(alias), court]),
]);

/** Register types with their usual spelling; GsR is the Gesellschaftsregister of § 707 BGB. */
export type GermanRegister = 'HRA' | 'HRB' | 'GnR' | 'GsR' | 'PR' | 'VR';
const REGISTER_SPELLING: Readonly<Record<string, GermanRegister>> = {
  HRA: 'HRA', HRB: 'HRB', GNR: 'GnR', GSR: 'GsR', PR: 'PR', VR: 'VR',
}; // prettier-ignore

// "HRB 12345", "HR B 12345", "HRB-12345", "HRB Nr. 12345"; numbers have no leading zero.
const REGISTER_ENTRY =
  /(?<![\p{L}])(HR\s?[-.]?\s?[AB]|GNR|GSR|PR|VR)(?![\p{L}])\s*[-.:]?\s*(?:NR\.?\s*)?([1-9]\d{0,5})(?!\d)/iu;
// A suffix letter group directly after the number, e.g. "HRB 12345 B" (Berlin), "HRB 4057 FL",
// also before the court, as python-stdnum's <register> <number> <suffix> <court> has it
// ("GnR 1234 FL Wittlich").
const SUFFIX = /^\s*([A-ZÖ]{1,3})(?![\p{L}])/iu;
// Words around the court name on letterheads: "Amtsgericht München", "Registergericht: AG Köln".
const COURT_WORDS =
  /\b(?:amtsgericht|registergericht|handelsregister|genossenschaftsregister|partnerschaftsregister|vereinsregister|gesellschaftsregister|registernummer|eingetragen|beim|ag)\b/giu;

function resolveCourt(text: string): string | undefined {
  const key = courtKey(text.replace(COURT_WORDS, ' '));
  return key ? COURTS_BY_KEY.get(key) : undefined;
}

/**
 * Checks a German register number with its court, in any of the usual orders ("Amtsgericht
 * Charlottenburg HRB 12345", "HRB 12345, AG München", "München HRB 12345"), and writes it as
 * `<court> <register> <number>[ <suffix>]`, e.g. "München HRB 12345".
 *
 * Deliberately unlike python-stdnum de/handelsregisternummer.py (scripts/register-differential.py
 * lists them): it knows the GsR; it accepts "HR B", "HRB12345", the court words of letterheads
 * and court names typed with ae/oe/ue/ss; it refuses digits outside the entry, which that module
 * drops with everything else that is not a letter of the court name ("HRB 54 76, Ulm" is Ulm
 * HRB 54 there); and a short word after the number is read as part of the court name before it
 * is read as a suffix ("PR 8 Bad Kreuznach").
 */
export function germanRegisterNumber(allowed: readonly GermanRegister[]) {
  return (value: string): IdentifierCheck => {
    const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
    const entry = REGISTER_ENTRY.exec(text);
    if (!entry) return { valid: false, problem: 'identifierFormat' };
    const register = REGISTER_SPELLING[entry[1].replace(/[\s.-]/g, '').toUpperCase()];
    if (!allowed.includes(register)) return { valid: false, problem: 'identifierFormat' };
    const before = text.slice(0, entry.index);
    const after = text.slice(entry.index + entry[0].length);
    // Court names have no digits: a digit next to the entry is a mistyped number ("HRB1 3", "2GnR
    // 54"), not something to drop.
    if (/\d/.test(before + after)) return { valid: false, problem: 'identifierFormat' };
    const suffix = SUFFIX.exec(after);
    // "HRB 12345 Hof" and "HRB 12345 Bad Homburg" name courts, not a suffix HOF or BAD (with the
    // court Homburg): the reading without a suffix comes first.
    const readings = suffix
      ? [{ rest: after }, { suffix: suffix[1].toUpperCase(), rest: after.slice(suffix[0].length) }]
      : [{ rest: after }];
    for (const reading of readings) {
      const court = resolveCourt(`${before} ${reading.rest}`);
      if (court) {
        const parts = [court, register, entry[2], reading.suffix].filter(Boolean);
        return { valid: true, normalized: parts.join(' ') };
      }
    }
    // The entry itself is well formed, so what is missing or misspelt is the court.
    return { valid: false, problem: 'registerCourt' };
  };
}
