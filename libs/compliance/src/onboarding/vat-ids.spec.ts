import { MEMBER_STATE_CODES, type CountryCode } from '../markets/market.types';
import { checkVatId, vatIdRule } from './vat-ids';

/*
 * Vectors, unless a line says otherwise: python-stdnum 2.2 tests/test_eu_vat.doctest (numbers
 * "found online", and its lists of invalid ones), module docstrings of python-stdnum 2.2 (named
 * by module), and numbers that scripts/vat-differential.py generated and python-stdnum 2.2 judged
 * ("generated"). Every expectation agrees with python-stdnum 2.2 except where a line says why.
 */

/** A normal form (prefix and number) means the input is valid; anything else names its problem. */
const outcome = (expected: string) =>
  /^[A-Z]{2}[0-9A-Z]+$/.test(expected)
    ? { valid: true, normalized: expected }
    : { valid: false, problem: expected };

describe('VAT identification numbers', () => {
  it.each(MEMBER_STATE_CODES)('%s: the documented example passes its own check', (country) => {
    const rule = vatIdRule(country);
    expect(rule.check(rule.example)).toMatchObject({ valid: true });
  });

  // [country, a valid number as written online, its normal form, the same with a wrong check digit]
  it.each<[CountryCode, string, string, string]>([
    ['AT', 'ATU 142 43 102', 'ATU14243102', 'ATU14243100'],
    ['BE', 'BE 0402 918 402', 'BE0402918402', 'BE0402918400'],
    ['BG', 'BG 124 551 319', 'BG124551319', 'BG124551310'],
    ['CY', 'CY-10189098G', 'CY10189098G', 'CY10189098H'],
    ['CZ', 'CZ 25577581', 'CZ25577581', 'CZ25577580'],
    ['DE', 'DE 118619592', 'DE118619592', 'DE118619590'],
    ['DK', 'DK 10 50 32 80', 'DK10503280', 'DK10503281'],
    ['EE', 'EE 100523487', 'EE100523487', 'EE100523480'],
    ['ES', 'ES A-28184661', 'ESA28184661', 'ESA28184662'],
    ['FI', 'FI 10320534', 'FI10320534', 'FI10320530'],
    ['FR', 'FR 114 248 728 36', 'FR11424872836', 'FR11424872830'],
    ['GR', 'EL 094064321', 'EL094064321', 'EL094064320'],
    ['HR', 'HR 33392005961', 'HR33392005961', 'HR33392005962'], // hr.oib docstring
    ['HU', 'HU 10672101', 'HU10672101', 'HU10672100'],
    ['IE', 'IE 6324720T', 'IE6324720T', 'IE6324720U'],
    ['IT', 'IT 00 595 000 217', 'IT00595000217', 'IT00595000210'],
    ['LT', 'LT 100001354118', 'LT100001354118', 'LT100001354110'],
    ['LU', 'LU 109 676 28', 'LU10967628', 'LU10967620'],
    ['LV', 'LV 40003189718', 'LV40003189718', 'LV40003189710'],
    ['MT', 'MT 1465 8213', 'MT14658213', 'MT14658210'],
    ['NL', 'NL 806753742B01', 'NL806753742B01', 'NL806753743B01'],
    ['PL', 'PL 5211355116', 'PL5211355116', 'PL5211355110'],
    ['PT', 'PT 500 019 720', 'PT500019720', 'PT500019721'],
    ['RO', 'RO 11358544', 'RO11358544', 'RO11358540'],
    ['SE', 'SE 556058115801', 'SE556058115801', 'SE556058115901'],
    ['SI', 'SI 26808498', 'SI26808498', 'SI26808490'],
    ['SK', 'SK 202 274 96 19', 'SK2022749619', 'SK2022749610'],
  ])('%s: accepts %s as %s and refuses the check-digit error in %s', (country, written, normalized, wrong) => {
    expect(checkVatId(country, written)).toEqual({ valid: true, normalized });
    expect(checkVatId(country, wrong)).toEqual({ valid: false, problem: 'identifierChecksum' });
  }); // prettier-ignore

  // Each of these was judged wrongly by the stdnum 1.12 checks alone.
  // [country, input, normal form when valid or the problem]
  it.each<[CountryCode, string, string]>([
    // Bulgaria: company numbers may start with any digit (tests/test_bg_vat.doctest)
    ['BG', 'BG 831919536', 'BG831919536'],
    ['BG', 'BG835014925', 'BG835014925'],
    // 10 digits: EGN of a person born in 1880, PNF of a foreigner, others (test_bg_vat.doctest)
    ['BG', 'BG8032056031', 'BG8032056031'],
    ['BG', 'BG7111042925', 'BG7111042925'],
    ['BG', 'BG7153849522', 'BG7153849522'],
    ['BG', 'BG 1037735942', 'identifierChecksum'],
    ['BG', 'BG1234567890', 'identifierChecksum'], // bg.vat refuses it
    // Slovakia: the third digit is restricted, not the first (SK1078449064: test_eu_vat)
    ['SK', 'SK 1078449064', 'SK1078449064'],
    ['SK', 'SK4857550379', 'identifierFormat'], // generated: third digit 5, divisible by 11
    // Czechia: 9 digits starting with 6 (cz.dic docstring, test_eu_vat) and birth numbers with
    // the slash people write (cz.dic docstring 7103192745, test_eu_vat)
    ['CZ', 'CZ 640903926', 'CZ640903926'],
    ['CZ', 'CZ 654123789', 'CZ654123789'],
    ['CZ', 'CZ 682127228', 'CZ682127228'],
    ['CZ', 'CZ601886713', 'identifierChecksum'], // generated
    ['CZ', 'CZ 710319/2745', 'CZ7103192745'],
    ['CZ', 'CZ 640229/4448', 'CZ6402294448'],
    ['CZ', 'CZ 736028/5163', 'CZ7360285163'],
    ['CZ', 'CZ 710319/2746', 'identifierChecksum'],
    // a birth number of 1988 whose remainder 10 is written 0 (tests/test_cz_rc.doctest)
    ['CZ', 'CZ 880125/1680', 'CZ8801251680'],
    // France: SIREN 542065479 (test_eu_vat, FR82542065479) with the new-style key FR, which
    // stdnum 1.12 took for a second prefix
    ['FR', 'FRFR542065479', 'FRFR542065479'],
    ['FR', 'FRFR542065478', 'identifierChecksum'],
    // Cyprus: numbers starting with 12 are never issued (test_eu_vat, InvalidComponent)
    ['CY', 'CY-12259033P', 'identifierFormat'],
    // Netherlands: suffix B00 (test_eu_vat, InvalidFormat)
    ['NL', 'NL 009122746B00', 'identifierFormat'],
    // Latvia: personal codes since 2017 start with 32 (lv.pvn docstring)
    ['LV', 'LV 328673-00679', 'LV32867300679'],
    ['LV', 'LV 328673-00677', 'identifierChecksum'],
    // Slovenia: a check digit of 11 cannot be written and a leading 0 is never issued (generated)
    ['SI', 'SI27056571', 'identifierChecksum'],
    ['SI', 'SI08418276', 'identifierFormat'],
    // Found by scripts/vat-differential.py: a leading 0 in Germany (test_eu_vat, InvalidFormat)
    // and Denmark (generated); letters inside a Spanish K/L/M number and Belgian numbers
    // starting with 2-9 (generated)
    ['DE', 'DE 011125440', 'identifierFormat'],
    ['DK', 'DK06609511', 'identifierFormat'],
    ['ES', 'ESL92E5249T', 'identifierFormat'],
    ['BE', 'BE6467042458', 'identifierFormat'],
    // A duplicated prefix is no number (test_eu_vat, "duplicated prefixes")
    ['AT', 'AT ATU 65033803', 'identifierFormat'],
    ['DE', 'DE DE 246595415', 'identifierFormat'],
    ['GR', 'EL EL 094501040', 'identifierFormat'],
    ['RO', 'RO RO 16621241', 'identifierFormat'],
    ['SK', 'SK SK 2022749619', 'identifierFormat'],
  ])('%s: %s gives %s', (country, input, expected) => {
    expect(checkVatId(country, input)).toEqual(outcome(expected));
  });

  // Regressions that the stdnum 1.12 checks already got right and must stay right.
  it.each<[CountryCode, string, string]>([
    // France: the numeric key of SIREN 303265045 before another company's SIREN
    ['FR', 'FR40 732829320', 'identifierChecksum'],
    // new-style keys and their letters (fr.tva docstring), Monaco (tests/test_fr_tva.doctest)
    ['FR', 'FR K7399859412', 'FRK7399859412'],
    ['FR', 'FR 4Z123456782', 'FR4Z123456782'],
    ['FR', 'FRIO334175221', 'identifierFormat'],
    ['FR', 'FR 53 0000 04605', 'FR53000004605'],
    // a SIREN failing its Luhn check, with the key computed for it (generated)
    ['FR', 'FR43303265046', 'identifierChecksum'],
    // Netherlands: sole trader number since 2020, ISO 7064 mod 97-10, and dropped leading zeros
    // (nl.btw docstring)
    ['NL', 'NL002455799B11', 'NL002455799B11'],
    ['NL', 'NL4495445B01', 'NL004495445B01'],
    // Deliberately stricter than python-stdnum: the Belgian check is 97 - (first 8 digits mod 97),
    // so 0931345401 is the number and 98 no check digit for it (generated)
    ['BE', 'BE0931345498', 'identifierChecksum'],
    // Latvia: older personal codes carry the birth date (lv.pvn docstring)
    ['LV', 'LV 161175-19997', 'LV16117519997'],
    ['LV', 'LV 161375-19997', 'identifierFormat'],
    // Slovenia: a computed check digit of 10 is written 0 (test_eu_vat)
    ['SI', 'SI 48673820', 'SI48673820'],
  ])('%s: %s still gives %s', (country, input, expected) => {
    expect(checkVatId(country, input)).toEqual(outcome(expected));
  });

  it('ignores spaces, dots, dashes and letter case', () => {
    expect(checkVatId('DE', ' de 136.695-976 ')).toEqual({
      valid: true,
      normalized: 'DE136695976',
    });
  });

  it('requires the country’s own prefix: EL for Greece, never GR', () => {
    expect(checkVatId('GR', 'GR094259216')).toEqual({ valid: false, problem: 'vatIdPrefix' });
    expect(checkVatId('DE', 'FR40303265045')).toEqual({ valid: false, problem: 'vatIdPrefix' });
  });

  it('tells a wrong format from a wrong check digit', () => {
    expect(checkVatId('DE', 'DE12345')).toEqual({ valid: false, problem: 'identifierFormat' });
    expect(checkVatId('CZ', 'CZ 7103/192745')).toEqual({
      valid: false,
      problem: 'identifierFormat',
    });
  });

  it('describes each country’s real format, not the length of its example, in no language', () => {
    expect(vatIdRule('BG').format).toBe('BG#########[#]');
    expect(vatIdRule('CZ').format).toBe('CZ########[##]');
    expect(vatIdRule('GR').format).toBe('EL#########');
    expect(vatIdRule('NL').format).toBe('NL#########B##');
    expect(vatIdRule('IE').format).toBe('IE#######X[X] | IE#X#####X');
  });
});
