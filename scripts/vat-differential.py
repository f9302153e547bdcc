#!/usr/bin/env python3
"""Differential test of our VAT identification number checks against python-stdnum.

For each of the 27 member states this generates numbers of the country's shapes, finds the valid
ones by asking python-stdnum (varying the check-digit positions of random bodies), mutates them
(one digit changed, two adjacent characters swapped, a character dropped or added, a digit turned
into a letter, spaces and lower case) and then asks both python-stdnum (`stdnum.eu.vat`) and our
`checkVatId` (libs/compliance/src/onboarding/vat-ids.ts, run through ts-node) about every case.
It prints, per country, how many cases agree and how many disagree, and examples of the
disagreements. Where both accept, the normalized forms must match too.

Nothing here goes to the network. See scripts/README.md for how to run it.
"""

import random
import sys

from stdnum_differential import (
    Target, argument_parser, build_cases, check_ours, custom, date_digits, import_stdnum, report,
    shape)

# Shapes of the numbers after the prefix, per country (python-stdnum module docstrings and the
# EU's VIES format table), in the template notation of stdnum_differential.shape.
SHAPES = {
    'AT': [shape('Udddddddd', [-1])],
    'BE': [shape('0ddddddddd', [-1, -2]), shape('1ddddddddd', [-1, -2]),
           shape('ddddddddd', [-1, -2])],
    'BG': [shape('ddddddddd', [-1]), shape('dddddddddd', [-1]),
           custom(lambda r: date_digits(r, (0, 20, 40)) + '%04d' % r.randrange(10000), [-1])],
    'CY': [shape('0dddddddL', [-1]), shape('12ddddddL', [-1]), shape('ddddddddL', [-1])],
    'CZ': [shape('dddddddd', [-1]), shape('6dddddddd', [-1]), shape('ddddddddd', [-1]),
           custom(lambda r: date_digits(r, (0, 50)) + '%03d' % r.randrange(1000), [-1]),
           custom(lambda r: date_digits(r, (0, 50, 20, 70)) + '%04d' % r.randrange(10000), [-1])],
    'DE': [shape('nddddddd', [-1]), shape('ddddddddd', [-1])],
    'DK': [shape('nddddddd', [-1]), shape('dddddddd', [-1])],
    'EE': [shape('10ddddddd', [-1]), shape('ddddddddd', [-1])],
    'ES': [shape('Lddddddd', [-1]), shape('dddddddd', [-1]), shape('LdddddddL', [-1]),
           shape('KdddddddL', [-1]), shape('MdddddddL', [-1]),
           shape('XddddddddL', [-1]), shape('ddddddddL', [-1]), shape('ddddddddd', [-1])],
    'FI': [shape('dddddddd', [-1])],
    'FR': [shape('ddddddddddd', [(0, 1)]), shape('AAddddddddd', [(0, 1)]),
           shape('AA000dddddd', [(0, 1)])],
    'GR': [shape('ddddddddd', [-1]), shape('dddddddd', [-1])],
    'HR': [shape('ddddddddddd', [-1])],
    'HU': [shape('dddddddd', [-1])],
    'IE': [shape('dddddddL', [-1]), shape('ddddddd', [-1]), shape('dddddddLA', [-2]),
           shape('dLdddddL', [-1]), shape('d+dddddL', [-1]), shape('d*dddddL', [-1])],
    'IT': [shape('ddddddddddd', [-1]), shape('0ddddddd001', [-4])],
    'LT': [shape('ddddddd1d', [-1]), shape('ddddddddddd', [-1]), shape('ddddddddddd1d', [-1]),
           shape('dddddddddd1d', [-1])],
    'LU': [shape('dddddddd', [(-1, -2)])],
    'LV': [shape('4dddddddddd', [-1]), shape('9dddddddddd', [-1]), shape('32ddddddddd', [-1]),
           custom(lambda r: '%02d%02d%02d' % (r.randrange(1, 29), r.randrange(1, 13),
                                               r.randrange(100)) + r.choice('012') +
                  '%04d' % r.randrange(10000), [-1])],
    'MT': [shape('nddddddd', [(-1, -2)])],
    'NL': [shape('dddddddddB01', [-4]), shape('dddddddddBdd', [-4]),
           shape('dddddddddB00', [-4]), shape('ddddddddB01', [-4])],
    'PL': [shape('dddddddddd', [-1])],
    'PT': [shape('ddddddddd', [-1])],
    'RO': [shape('dd', [-1]), shape('dddd', [-1]), shape('dddddd', [-1]), shape('dddddddd', [-1]),
           shape('dddddddddd', [-1]), shape('ddddddddddd', [-1]),
           custom(lambda r: r.choice('125') + date_digits(r) + '%02d' % r.randrange(1, 47) +
                  '%03d' % r.randrange(1000) + '0', [-1])],
    'SE': [shape('ddddddddd001', [-4]), shape('dddddddddd01', [-3])],
    'SI': [shape('nddddddd', [-1]), shape('dddddddd', [-1])],
    'SK': [shape('dddddddddd', [-1]), shape('10dddddddd', [-1]), shape('nd2ddddddd', [-1]),
           custom(lambda r: date_digits(r, (0, 50)) + '%04d' % r.randrange(10000), [-1])],
}

PREFIX = {country: ('EL' if country == 'GR' else country) for country in SHAPES}

# Differences we keep on purpose, with the reason (see libs/compliance/src/onboarding/vat-ids.ts).
KNOWN_DIFFERENCES = {
    'BE': (lambda number: number.replace(' ', '')[-2:] in ('00', '98', '99'),
           'check digits 00, 98 or 99: python-stdnum only tests (number + check) mod 97 = 0; '
           'the check is 97 - (first 8 digits mod 97), from 01 to 97, so we refuse them'),
    'RO': (lambda number: len(number.replace(' ', '')) == 15,
           'a 13-digit CNP: python-stdnum accepts it ("not all sources agree"); VIES documents '
           'Romanian VAT numbers as 2 to 10 digits, so we refuse it'),
}


def extra_cases(country, sample):
    prefix = PREFIX[country]
    for number in sample[:5]:
        # a duplicated prefix is no valid number (python-stdnum tests/test_eu_vat.doctest)
        yield prefix + prefix + number
    if country == 'CZ':
        # birth numbers are often written with a slash: 710319/2745
        for number in sample:
            if len(number) in (9, 10):
                yield prefix + number[:6] + '/' + number[6:]


def vat_target(country, get_cc_module):
    # the country's VAT module, as stdnum.eu.vat picks it (el is gr); it strips its own prefix
    oracle = get_cc_module(country.lower(), 'vat')
    known = KNOWN_DIFFERENCES.get(country)
    return Target(
        label=country, request=[country], prefix=PREFIX[country], shapes=SHAPES[country],
        is_valid=oracle.is_valid,
        normal_forms=lambda value: (oracle.compact(value), PREFIX[country] + oracle.compact(value)),
        known=[known] if known else [],
        extra_cases=lambda sample: extra_cases(country, sample))


CHECK_VAT_ID = "require('./libs/compliance/src/onboarding/vat-ids').checkVatId"


def main():
    args = argument_parser(__doc__.split('\n')[0]).parse_args()
    stdnum = import_stdnum(args.stdnum)
    from stdnum import get_cc_module

    targets = [vat_target(country, get_cc_module) for country in SHAPES]
    cases = build_cases(random.Random(args.seed), args.bodies, targets)
    ours = check_ours(CHECK_VAT_ID, cases)
    return report(stdnum, args.seed, targets, cases, ours, args.examples)


if __name__ == '__main__':
    sys.exit(main())
