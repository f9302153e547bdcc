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

import argparse
import json
import os
import random
import string
import subprocess
import sys

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Shapes of the numbers after the prefix, per country (python-stdnum module docstrings and the
# EU's VIES format table). Template letters: d = any digit, n = digit 1-9, L = letter A-Z,
# A = digit or letter; anything else is literal. `checks` lists the positions that carry check
# characters: random bodies get every value at those positions so that valid numbers turn up.
DIGITS = string.digits
LETTERS = string.ascii_uppercase
ALNUM = DIGITS + LETTERS


def date_digits(rng, month_offsets=(0,)):
    """yymmdd (with an optional month offset, as in Czech and Slovak birth numbers)."""
    year = rng.randrange(0, 100)
    month = rng.randrange(1, 13) + rng.choice(month_offsets)
    day = rng.randrange(1, 29)
    return '%02d%02d%02d' % (year, month, day)


def shape(template, checks):
    def generate(rng):
        return ''.join(
            rng.choice(DIGITS) if c == 'd' else
            rng.choice(DIGITS[1:]) if c == 'n' else
            rng.choice(LETTERS) if c == 'L' else
            rng.choice(ALNUM) if c == 'A' else c
            for c in template)
    return (generate, checks)


def custom(generate, checks):
    return (generate, checks)


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


def variants(body, checks):
    """The body with every value at its check positions (one position or a pair)."""
    for position in checks:
        if isinstance(position, tuple):
            first, second = position
            alphabet = ALNUM if body[first].isalpha() or body[second].isalpha() else DIGITS
            for a in alphabet:
                for b in alphabet:
                    chars = list(body)
                    chars[first], chars[second] = a, b
                    yield ''.join(chars)
        else:
            alphabet = LETTERS if body[position].isalpha() else DIGITS
            for value in alphabet:
                chars = list(body)
                chars[position] = value
                yield ''.join(chars)


def mutations(rng, number):
    """Near misses of a valid number, as people mistype them."""
    digit_positions = [i for i, c in enumerate(number) if c.isdigit()]
    for position in rng.sample(digit_positions, min(3, len(digit_positions))):
        replacement = rng.choice([d for d in DIGITS if d != number[position]])
        yield number[:position] + replacement + number[position + 1:]
    for position in rng.sample(range(len(number) - 1), min(3, len(number) - 1)):
        if number[position] != number[position + 1]:
            yield number[:position] + number[position + 1] + number[position] + number[position + 2:]
    yield number[:-1]
    yield number + rng.choice(DIGITS)
    yield rng.choice(DIGITS) + number
    if digit_positions:
        position = rng.choice(digit_positions)
        yield number[:position] + rng.choice(LETTERS) + number[position + 1:]
    yield number.lower()
    yield ' '.join(number[i:i + 3] for i in range(0, len(number), 3))


def build_cases(rng, bodies_per_shape, modules):
    cases = []
    for country, shapes in SHAPES.items():
        prefix = PREFIX[country]
        oracle = modules[country]
        seen = set()
        valid_numbers = []
        for generate, checks in shapes:
            candidates = []
            for _ in range(bodies_per_shape):
                body = generate(rng)
                candidates.append(body)
                candidates.extend(variants(body, checks))
            for candidate in candidates:
                if candidate in seen:
                    continue
                seen.add(candidate)
                cases.append((country, prefix + candidate))
                if oracle.is_valid(prefix + candidate):
                    valid_numbers.append(candidate)
        sample = rng.sample(valid_numbers, min(len(valid_numbers), 20 * len(shapes)))
        for number in sample:
            for mutated in mutations(rng, number):
                if mutated not in seen:
                    seen.add(mutated)
                    cases.append((country, prefix + mutated))
        for number in sample[:5]:
            # a duplicated prefix is no valid number (python-stdnum tests/test_eu_vat.doctest)
            cases.append((country, prefix + prefix + number))
        if country == 'CZ':
            # birth numbers are often written with a slash: 710319/2745
            for number in sample:
                if len(number) in (9, 10):
                    cases.append((country, prefix + number[:6] + '/' + number[6:]))
    return cases


NODE_CHECK = r"""
const { checkVatId } = require('./libs/compliance/src/onboarding/vat-ids');
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const cases = JSON.parse(input);
  process.stdout.write(JSON.stringify(cases.map(([country, value]) => checkVatId(country, value))));
});
"""


def check_ours(cases):
    result = subprocess.run(
        ['node', '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register',
         '-e', NODE_CHECK],
        input=json.dumps(cases), capture_output=True, text=True, cwd=REPOSITORY, check=True)
    return json.loads(result.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--stdnum', help='path of a python-stdnum source tree to use as oracle')
    parser.add_argument('--seed', type=int, default=2026)
    parser.add_argument('--bodies', type=int, default=40, help='random bodies per shape')
    parser.add_argument('--examples', type=int, default=3, help='disagreements shown per country')
    args = parser.parse_args()
    if args.stdnum:
        sys.path.insert(0, args.stdnum)
    import stdnum
    from stdnum import get_cc_module

    # the country's VAT module, as stdnum.eu.vat picks it (el is gr); it strips its own prefix
    modules = {country: get_cc_module(country.lower(), 'vat') for country in SHAPES}

    rng = random.Random(args.seed)
    cases = build_cases(rng, args.bodies, modules)
    ours = check_ours(cases)
    print('python-stdnum %s (%s), seed %d, %d cases' % (
        stdnum.__version__, os.path.dirname(stdnum.__file__), args.seed, len(cases)))
    print('%-3s %7s %7s %9s %9s %9s %6s' % (
        'cc', 'cases', 'agree', 'only_ours', 'only_py', 'norm_diff', 'known'))
    totals = [0, 0, 0, 0, 0, 0]
    examples = []
    for country in SHAPES:
        counts = [0, 0, 0, 0, 0, 0]
        shown = 0
        for (cc, value), our in zip(cases, ours):
            if cc != country:
                continue
            counts[0] += 1
            oracle = modules[country]
            theirs = oracle.is_valid(value)
            if our['valid'] and not theirs:
                kind = 2
            elif theirs and not our['valid']:
                kind = 3
            elif theirs and our['normalized'] not in (
                    oracle.compact(value), PREFIX[country] + oracle.compact(value)):
                kind = 4
            else:
                counts[1] += 1
                continue
            known = KNOWN_DIFFERENCES.get(country)
            if known and known[0](value):
                counts[5] += 1
                continue
            counts[kind] += 1
            if shown < args.examples:
                shown += 1
                examples.append('%s %-22r ours=%s python=%s' % (
                    country, value, our.get('normalized', our.get('problem')),
                    oracle.compact(value) if theirs else 'invalid'))
        print('%-3s %7d %7d %9d %9d %9d %6d' % (country, *counts))
        totals = [t + c for t, c in zip(totals, counts)]
    print('%-3s %7d %7d %9d %9d %9d %6d' % ('all', *totals))
    for country, (_, reason) in KNOWN_DIFFERENCES.items():
        print('known difference, %s: %s' % (country, reason))
    if examples:
        print('\nexamples of disagreements:')
        print('\n'.join(examples))
    return 1 if totals[0] != totals[1] + totals[5] else 0


if __name__ == '__main__':
    sys.exit(main())
