#!/usr/bin/env python3
"""Differential test of our business register number checks against python-stdnum.

For every rule of `registerNumberRule(country, legalForm)` (libs/compliance/src/onboarding/
register-numbers.ts, run through ts-node) that python-stdnum has a module for, this generates
numbers of the register's shapes, finds the valid ones by asking python-stdnum, mutates them
(a digit changed, two adjacent characters swapped, a character dropped or added, a digit turned
into a letter, lower case, spaces), adds them with the label people copy from letterheads ("IČO",
"Amtsgericht"), and asks both sides about every case. One row per country and group of legal
forms that share a rule. Rules of registers python-stdnum has no module for are listed as not
compared.

Nothing here goes to the network. See scripts/README.md for how to run it.
"""

import random
import re
import sys

from stdnum_differential import (
    LETTERS, Target, argument_parser, build_cases, check_ours, custom, import_stdnum, report,
    run_node, shape)

# The rules, grouped: for each country, the legal forms (LEGAL_FORMS codes, null for a form not
# yet known) that get the same rule object from registerNumberRule.
RULE_GROUPS = r"""
const { MEMBER_STATE_CODES } = require('./libs/compliance/src/markets/market.types');
const { LEGAL_FORMS } = require('./libs/compliance/src/onboarding/legal-forms');
const { registerNumberRule } = require('./libs/compliance/src/onboarding/register-numbers');
const groups = [];
for (const country of MEMBER_STATE_CODES) {
  const formsByRule = new Map();
  for (const form of [null, ...LEGAL_FORMS[country].map((legalForm) => legalForm.code)]) {
    const rule = registerNumberRule(country, form);
    formsByRule.set(rule, [...(formsByRule.get(rule) ?? []), form]);
  }
  for (const forms of formsByRule.values()) groups.push([country, forms]);
}
process.stdout.write(JSON.stringify(groups));
"""

CHECK_REGISTER_NUMBER = (
    "(country, form, value) => require('./libs/compliance/src/onboarding/register-numbers')"
    ".registerNumberRule(country, form).check(value)")

# Registers python-stdnum 2.2 has no module for.
NOT_COMPARED = {
    'BG': 'ЕИК: no module for the 13-digit UIC of a branch (the 9-digit one is bg.vat, compared '
          'by vat-differential.py)',
    'CY': 'HE/P numbers of the Registrar of Companies: no module',
    'GR': 'Αρ. Γ.Ε.ΜΗ.: no module',
    'HU': 'cégjegyzékszám and the number of an egyéni vállalkozó: no module (hu.anum is the VAT '
          'number)',
    'IE': 'CRO number: no module',
    'LU': 'RCS number: no module',
    'MT': 'MBR number: no module',
    'NL': 'KvK-nummer: no module',
    'PL': 'KRS number: no module (pl.regon is another number)',
}


class Oracle:
    """python-stdnum's side of a rule: `validate` raises ValidationError or returns its result,
    which `normal` turns into our normal form. `description` names the module and any restriction
    the rule adds; the legal forms of one rule must all get the same description."""

    def __init__(self, description, validate, shapes, normal=lambda result: result, labels=(),
                 known=(), labelled=None, extra=lambda sample: ()):
        self.description = description
        self.validate = validate
        self.shapes = shapes
        self.normal = normal
        self.labels = labels
        self.known = known
        # more cases from the valid numbers picked for mutation
        self.extra = extra
        # our input for a number with a label in front, or None where that is no usual way
        self.labelled = labelled or (
            lambda label, number: None if ' ' in number else '%s %s' % (label, number))

    def result(self, value):
        from stdnum.exceptions import ValidationError
        try:
            return self.validate(value)
        except ValidationError:
            return None


def restricted(validate, allowed, component):
    """`validate`, and the result's `component` must be in `allowed` (a rule of ours per legal
    form that python-stdnum has no notion of, e.g. the first letter of a Spanish NIF)."""
    from stdnum.exceptions import InvalidComponent

    def check(value):
        result = validate(value)
        if component(result) not in allowed:
            raise InvalidComponent()
        return result
    return check


# --- per-country oracles ---------------------------------------------------------------------

def austria(forms):
    from stdnum.at import businessid
    # digits and a lower-case check letter, as the Firmenbuch writes it (at/businessid.py)
    number = custom(lambda r: '%d%s' % (r.randrange(1, 10 ** r.randrange(1, 7)),
                                        r.choice(LETTERS).lower()), [])
    return Oracle(
        'at.businessid', businessid.validate, [number], normal=lambda result: 'FN ' + result,
        labels=['Firmenbuchnummer', 'FN'],
        extra=lambda sample: [number.upper() for number in sample[:10]],
        known=[
            (lambda value: value.strip()[-1:].isupper(),
             'an upper-case check letter: at/businessid.py matches [a-z] only, as the number '
             'is written (FN 122119m); we accept either case and write it in lower case'),
            (lambda value: re.match(r'^(?:FN)?(?:0|\d{7})', re.sub(r'[\s./-]', '', value), re.I),
             'a leading zero or more than 6 digits: at/businessid.py takes any digits; our rule '
             'takes the serial as written, 1 to 6 digits without a leading zero'),
        ])


def belgium(forms):
    from stdnum.be import vat

    def edge_check(rng):
        # check digits 00, 98 and 99, which (number + check) mod 97 = 0 allows
        check = rng.choice([0, 98, 99])
        number = rng.randrange(10 ** 7, 2 * 10 ** 7 - 97)
        number += (-number - check) % 97
        return '%08d%02d' % (number, check)

    return Oracle(
        'be.vat (enterprise number)', vat.validate,
        [shape('0ddddddddd', [-1, -2]), shape('1ddddddddd', [-1, -2]),
         shape('ddddddddd', [-1, -2]), shape('nddddddddd', [-1, -2]), custom(edge_check, [])],
        labels=['KBO', "Numéro d'entreprise"],
        known=[(lambda value: value.replace(' ', '')[-2:] in ('00', '98', '99'),
                'check digits 00, 98 or 99, as for the VAT number (vat-ids.ts): python-stdnum '
                'only tests (number + check) mod 97 = 0; the check is 97 - (first 8 digits mod '
                '97), from 01 to 97')])


def czechoslovak_ico(module):
    return lambda forms: Oracle(
        module.__name__.replace('stdnum.', ''), module.validate,
        [shape('dddddddd', [-1])], labels=['IČO:', 'ICO'])


def czechia(forms):
    from stdnum.cz import ico
    return czechoslovak_ico(ico)(forms)


def slovakia(forms):
    from stdnum.sk import ico
    return czechoslovak_ico(ico)(forms)


def denmark(forms):
    from stdnum.dk import cvr
    return Oracle('dk.cvr', cvr.validate, [shape('nddddddd', [-1]), shape('dddddddd', [-1])],
                  labels=['CVR-nr.', 'CVR'])


def estonia(forms):
    from stdnum.ee import registrikood
    return Oracle('ee.registrikood', registrikood.validate,
                  [shape('1ddddddd', [-1]), shape('dddddddd', [-1])], labels=['Registrikood'])


# NIF letters per legal form (Orden EHA/451/2008, art. 3), as LEGAL_FORM_REGISTER_RULES.ES has
# them; python-stdnum's es.cif accepts any entity letter.
SPANISH_NIF_LETTERS = {'sa': 'A', 'sau': 'A', 'sl': 'B', 'slu': 'B', 'sc': 'C', 'cb': 'E',
                       'scp': 'J'}


def spain(forms):
    from stdnum.es import cif
    letters = {SPANISH_NIF_LETTERS.get(form) for form in forms}
    shapes = [shape('Lddddddd' + 'd', [-1]), shape('LdddddddL', [-1])]
    if None in letters:
        return Oracle('es.cif', cif.validate, shapes, labels=['CIF', 'N.I.F.'])
    shapes += [shape(letter + 'ddddddd' + end, [-1]) for letter in sorted(letters)
               for end in 'dL']
    return Oracle('es.cif, first letter %s' % '/'.join(sorted(letters)),
                  restricted(cif.validate, letters, lambda result: result[0]), shapes,
                  labels=['CIF'])


def finland(forms):
    from stdnum.fi import ytunnus
    return Oracle('fi.ytunnus', ytunnus.validate,
                  [shape('dddddddd', [-1]), shape('ddddddd-d', [-1])], normal=ytunnus.format,
                  labels=['Y-tunnus'])


def france(forms):
    from stdnum.exceptions import ValidationError
    from stdnum.fr import rcs, siren, siret

    def validate(value):
        # a SIREN, a SIRET or an RCS number ("RCS Nancy B 323 159 715"), whose SIREN is ours
        for module in (siren, siret):
            try:
                return module.validate(value)
            except ValidationError:
                pass
        rcs.validate(value)
        return rcs.to_siren(value)

    def registration(rng):
        # fr/rcs.py takes the greffe as one word
        city = rng.choice(['Paris', 'Nancy', 'Nanterre', 'Lyon', 'Aix-en-Provence', 'Bobigny'])
        return 'RCS %s %s %09d' % (city, rng.choice('AB'), rng.randrange(10 ** 9))

    return Oracle(
        'fr.siren, fr.siret, fr.rcs', validate,
        [shape('ddddddddd', [-1]), shape('dddddddddddddd', [(8, 13)]),
         shape('356000000ddddd', [-1]), custom(registration, [-1])],
        labels=['SIREN'],
        known=[(lambda value: value.strip().upper().startswith('RCS'),
                'RCS text fr/rcs.py cannot split: it takes the second word as the greffe and '
                'then the letter A or B in upper case ("RCS Paris B 732 829 320"); we take the '
                'SIREN after any greffe name (Code de commerce R.123-237) and check it the same '
                'way, also in lower case or with the greffe in several words')])


def croatia(forms):
    from stdnum.hr import oib
    return Oracle('hr.oib', oib.validate, [shape('ddddddddddd', [-1])], labels=['OIB'])


def italian_person_code(rng):
    """A codice fiscale of a person: surname, name, yymdd (day + 40 for women), place, check;
    some digits replaced by their omocodia letters (it/codicefiscale.py)."""
    code = (''.join(rng.choice(LETTERS) for _ in range(6)) + '%02d' % rng.randrange(100) +
            rng.choice('ABCDEHLMPRST') + '%02d' % (rng.randrange(1, 29) + rng.choice([0, 40])) +
            rng.choice(LETTERS) + '%03d' % rng.randrange(1000) + 'A')
    if rng.random() < 0.2:
        position = rng.choice([6, 7, 9, 10, 12, 13, 14])
        code = code[:position] + 'LMNPQRSTUV'[int(code[position])] + code[position + 1:]
    return code


def italy(forms):
    from stdnum.it import codicefiscale, iva
    entity = [shape('ddddddddddd', [-1]),
              custom(lambda r: '%07d%03d0' % (r.randrange(10 ** 7), r.randrange(1, 101)), [-1])]
    person = [custom(italian_person_code, [-1])]
    if None in forms:
        return Oracle('it.codicefiscale', codicefiscale.validate, entity + person,
                      labels=['Codice fiscale'])
    if 'ditta-individuale' in forms:
        return Oracle('it.codicefiscale, 16 characters',
                      restricted(codicefiscale.validate, (16,), len), entity + person,
                      labels=['C.F.'])
    return Oracle('it.iva', iva.validate, entity + person, labels=['P.IVA', 'C.F.'])


def lithuania(forms):
    from stdnum.ee.ik import calc_check_digit
    from stdnum.exceptions import InvalidChecksum, InvalidFormat
    from stdnum.lt import asmens

    def validate(value):
        # the įmonės kodas has the check digit of the asmens kodas (lt/asmens.py, ee/ik.py)
        number = asmens.compact(value)
        if not re.match(r'^\d{9}$', number):
            raise InvalidFormat()
        if calc_check_digit(number) != number[-1]:
            raise InvalidChecksum()
        return number
    return Oracle('ee.ik.calc_check_digit (of lt.asmens) on 9 digits', validate,
                  [shape('ddddddddd', [-1])], labels=['Įmonės kodas'])


def latvia(forms):
    from stdnum.lv import pvn
    born = custom(lambda r: '%02d%02d%02d' % (r.randrange(1, 29), r.randrange(1, 13),
                                               r.randrange(100)) + r.choice('012') +
                  '%04d' % r.randrange(10000), [-1])
    return Oracle('lv.pvn', pvn.validate,
                  [shape('4dddddddddd', [-1]), shape('5dddddddddd', [-1]),
                   shape('9dddddddddd', [-1]), shape('32ddddddddd', [-1]), born],
                  labels=['Reģ. Nr.'])


def poland(forms):
    from stdnum.pl import nip
    if None in forms:
        return None
    return Oracle('pl.nip', nip.validate, [shape('dddddddddd', [-1])], labels=['NIP'])


def portugal(forms):
    from stdnum.pt import nif
    return Oracle('pt.nif', nif.validate, [shape('ddddddddd', [-1]), shape('5dddddddd', [-1])],
                  labels=['NIPC'])


ONRC_LETTERS = {'srl': 'J', 'sa': 'J', 'snc': 'J', 'scs': 'J', 'se': 'J', 'pfa': 'F', 'ii': 'F'}


def romania(forms):
    from stdnum.ro import onrc
    letters = ''.join(sorted({ONRC_LETTERS.get(form, 'CFJ') for form in forms}))

    def old(rng):
        county = rng.choice([rng.randrange(1, 41), 51, 52, rng.randrange(100)])
        return '%s%02d/%d/%d' % (rng.choice(letters + 'X'), county,
                                 rng.randrange(1, 10 ** rng.randrange(1, 6)),
                                 rng.randrange(1985, 2027))

    def new(rng):
        year = rng.randrange(1988, 2027)
        county = 0 if year > 2024 or rng.random() < 0.3 else rng.choice([rng.randrange(1, 41), 51])
        return '%s%d%06d%02d0' % (rng.choice(letters), year, rng.randrange(10 ** 6), county)

    return Oracle('ro.onrc, letter %s' % '/'.join(letters),
                  restricted(onrc.validate, letters, lambda result: result[0]),
                  [custom(old, []), custom(new, [-1])], labels=['Nr. Reg. Com.', 'ONRC'],
                  extra=lambda sample: [re.sub(r'/\d+/', '/0/', number)
                                        for number in sample[:10] if '/' in number],
                  known=[(lambda value: re.search(r'/0+/', onrc.compact(value)),
                          'serial 0 in the old format (J40/0/2020): ro/onrc.py checks only its '
                          'length; serials are numbered from 1')])


def sweden(forms):
    from stdnum.se import orgnr
    return Oracle('se.orgnr', orgnr.validate,
                  [shape('dddddddddd', [-1]), shape('dd2ddddddd', [-1])], normal=orgnr.format,
                  labels=['Org.nr', 'Organisationsnummer'])


def slovenia(forms):
    from stdnum.si import maticna
    return Oracle('si.maticna', maticna.validate,
                  [shape('ddddddd', [-1]), shape('ddddddd000', [6]), shape('ddddddd001', [6]),
                   shape('dddddddLdd', [6])],
                  # maticna.py drops the unit 000 of the seat; we always write the 10 characters
                  normal=lambda result: result if len(result) == 10 else result + '000',
                  labels=['Matična številka', 'MŠ'])


# Register sections per legal form: python-stdnum de/handelsregisternummer.py
# COMPANY_FORM_REGISTRY_TYPES (GmbH, UG, AG, OHG, KG, e.K.) and, for the SE and the GmbH & Co. KG
# it does not list, § 3 HRV (section B for the SE as for the AG, section A for the KG).
GERMAN_FORM_SECTIONS = {'gmbh': 'GmbH', 'ug': 'UG', 'ag': 'AG', 'se': 'AG', 'ohg': 'OHG',
                        'kg': 'KG', 'gmbh-co-kg': 'KG', 'ek': 'e.K.'}


def germany(forms):
    from stdnum.de import handelsregisternummer as hr
    sections = {hr.COMPANY_FORM_REGISTRY_TYPES[GERMAN_FORM_SECTIONS[form]]
                for form in forms if form in GERMAN_FORM_SECTIONS}
    if None in forms:
        validate, description = hr.validate, 'de.handelsregisternummer'
    else:
        validate = restricted(hr.validate, sections, german_section)
        description = 'de.handelsregisternummer, register %s' % '/'.join(sorted(sections))
    registers = list(hr.REGISTRY_TYPES) + ['GsR']
    courts = list(hr.GERMAN_COURTS) + ['Berlin', 'Charlottenburg', 'Kempten', 'Weiden', 'Atlantis']

    def entry(rng):
        court = rng.choice(courts)
        register = rng.choice(registers)
        number = '%d' % rng.randrange(1, 10 ** rng.randrange(1, 7))
        if rng.random() < 0.1:
            number += ' ' + rng.choice(['B', 'FL', 'HB'])
        return rng.choice(['%(c)s %(r)s %(n)s', '%(r)s %(n)s, %(c)s', '%(r)s %(n)s %(c)s']) % {
            'c': court, 'r': register, 'n': number}

    return Oracle(
        description, validate, [custom(entry, [])], normal=german_normal,
        labels=['Amtsgericht', 'Registergericht: Amtsgericht', 'AG'],
        # the court first ("Amtsgericht München HRB 12345"), as letterheads have it
        labelled=lambda label, text: None if GERMAN_ENTRY_FIRST.match(text) else label + ' ' + text,
        known=GERMAN_KNOWN_DIFFERENCES)


GERMAN_ENTRY_FIRST = re.compile(r'^\s*(?:HRA|HRB|GnR|GsR|PR|VR)\b', re.I)


def digit_beside_entry(value):
    entry = re.search(r'(?:HR\s?[AB]|GnR|GsR|PR|VR)\s*[1-9]\d{0,5}', value, re.I)
    return entry and re.search(r'\d', value[:entry.start()] + value[entry.end():])


GERMAN_KNOWN_DIFFERENCES = [
    (lambda value: re.search(r'\bgsr\b', value, re.I),
     'GsR: the Gesellschaftsregister of § 707 BGB (since 2024) is not among the registers of '
     'de/handelsregisternummer.py'),
    (lambda value: re.search(r'\bHR[\s.-]+[AB]|(?:HRA|HRB|GnR|GsR|PR|VR)\d', value, re.I),
     'HR B with a space, or the number right after the register (HRB12345): '
     'handelsregisternummer.py wants HRB, a space and the number; we accept these spellings'),
    (digit_beside_entry,
     'a digit outside the register entry ("HRB 54 76, Ulm", "Bonn6 GnR 54"): '
     'handelsregisternummer.py drops all but the letters of the court name, so it reads Ulm HRB '
     '54; we refuse it as a mistyped number'),
    (lambda value: re.match(r'\s*(?:HRA|HRB|GnR|PR|VR)\s+[1-9]\d{0,5}\s*[A-ZÖ]{1,3}\s*,?\s+\S',
                            value, re.I),
     'a short word after the number that starts the court name ("PR 8 Bad Kreuznach"): '
     'handelsregisternummer.py always reads it as a suffix (BAD, court Kreuznach) and fails; we '
     'try the court name first'),
    (lambda value: re.search(r',\S', value),
     'a comma right before the court ("HRB 5476,Ulm"): handelsregisternummer.py wants a space '
     'after it'),
    (lambda value: re.search(r'[^\w\s](?:HRA|HRB|GnR|GsR|PR|VR)\b', value, re.I),
     'no space between the court and the register after a bracket or dot ("Berlin '
     '(Charlottenburg)HRB 1"): handelsregisternummer.py wants a space there'),
    (lambda value: 'ß' in value,
     'ß in a mistyped court name ("Gißeen"): handelsregisternummer.py drops the ß when it '
     'compares court names, so Gißeen is Gießen there; we read ß as ss'),
    (lambda value: re.search(r'\d[^\W\d_]{4,}', value),
     'the court right after the number ("HRA 3Erfurt"): handelsregisternummer.py wants a space '
     'before it'),
]

GERMAN_ENTRY = re.compile(r' (HRA|HRB|GNR|PR|VR) ([1-9]\d*)(?: ([A-ZÖ]{1,3}))?$', re.I)
GERMAN_REGISTER_SPELLING = {'HRA': 'HRA', 'HRB': 'HRB', 'GNR': 'GnR', 'PR': 'PR', 'VR': 'VR'}


def german_section(result):
    return GERMAN_REGISTER_SPELLING[GERMAN_ENTRY.search(result).group(1).upper()]


def german_normal(result):
    """handelsregisternummer.py keeps the register and the suffix as typed; we write them in
    their usual spelling."""
    entry = GERMAN_ENTRY.search(result)
    parts = [result[:entry.start()], GERMAN_REGISTER_SPELLING[entry.group(1).upper()],
             entry.group(2), (entry.group(3) or '').upper()]
    return ' '.join(part for part in parts if part)


ORACLES = {
    'AT': austria, 'BE': belgium, 'CZ': czechia, 'DE': germany, 'DK': denmark, 'EE': estonia,
    'ES': spain, 'FI': finland, 'FR': france, 'HR': croatia, 'IT': italy, 'LT': lithuania,
    'LV': latvia, 'PL': poland, 'PT': portugal, 'RO': romania, 'SE': sweden, 'SI': slovenia,
    'SK': slovakia,
}


def labelled_cases(oracle, sample):
    """Valid numbers after a label of the register, as on letterheads. python-stdnum gets the
    number without it: our rules strip such labels on purpose."""
    for index, number in enumerate(sample[:10]):
        ours = oracle.labelled(oracle.labels[index % len(oracle.labels)], number)
        if ours:
            yield (ours, number)


def register_target(country, forms, oracle):
    label = country if None in forms else '%s %s' % (country, ','.join(forms))

    def normal_forms(value):
        result = oracle.result(value)
        return (oracle.normal(result),) if result else ('invalid',)

    return Target(
        label=label, request=[country, forms[0]], shapes=oracle.shapes,
        is_valid=lambda value: oracle.result(value) is not None, normal_forms=normal_forms,
        known=oracle.known,
        extra_cases=lambda sample: [*labelled_cases(oracle, sample), *oracle.extra(sample)])


def main():
    args = argument_parser(__doc__.split('\n')[0]).parse_args()
    stdnum = import_stdnum(args.stdnum)

    targets = []
    not_compared = {}
    for country, forms in run_node(RULE_GROUPS, None):
        try:
            oracle = ORACLES[country](forms) if country in ORACLES else None
        except ImportError as error:
            # python-stdnum before 2.2 lacks some modules (cz.ico, sk.ico, fr.rcs, si.maticna)
            not_compared[country] = 'not in python-stdnum %s (%s)' % (stdnum.__version__, error)
            continue
        if oracle is None:
            not_compared[country] = NOT_COMPARED[country]
            continue
        # the forms of one rule must have one oracle too
        for form in forms:
            assert ORACLES[country]([form]).description == oracle.description or None in forms, (
                country, form)
        targets.append(register_target(country, forms, oracle))

    cases = build_cases(random.Random(args.seed), args.bodies, targets)
    ours = check_ours(CHECK_REGISTER_NUMBER, cases)
    status = report(stdnum, args.seed, targets, cases, ours, args.examples)
    print('\nnot compared:')
    for country, reason in not_compared.items():
        print('%s: %s' % (country, reason))
    return status


if __name__ == '__main__':
    sys.exit(main())
