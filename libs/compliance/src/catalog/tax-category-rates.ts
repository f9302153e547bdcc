import type { IsoDate } from '../markets/market.types';
import type { TaxCategoryRate, TaxCategoryRates } from './tax-categories';

function rate(
  taxCategory: TaxCategoryRate['taxCategory'],
  percent: number,
  source: string,
  period: { from?: IsoDate; to?: IsoDate } = {},
): TaxCategoryRate {
  return { taxCategory, percent, source, ...period };
}

/**
 * The rate each member state applies to typical consumer goods of each non-standard tax category,
 * effective-dated like the national rates in market-data.ts.
 *
 * A category missing for a state (or for a date) means the standard rate applies. Every percent is
 * one of that state's reduced, super-reduced or parking rates in market-data.ts for the same
 * period, or 0 where the state zero-rates the goods (vat-for-goods.spec.ts checks it). Where a state splits a category (food above
 * all), the rate for the basic goods is given; `source` says what else applies.
 *
 * Sources: the national VAT laws; TEDB as retrieved on 2025-08-26 in the public
 * regional-vat-datasets extract ("TEDB 2025-08"); the project's reference eu-rules.md and
 * eu-markets.json; news and adviser summaries ("secondary"). "general knowledge" means recalled,
 * not checked; "unconfirmed" means not checked or sources disagree: verify before relying on it.
 */
export const TAX_CATEGORY_RATES: TaxCategoryRates = {
  AT: [
    rate('books', 10, 'UStG 1994 §10(2), Anlage 1'),
    rate('ebooks', 10, 'UStG 1994 §10(2) (electronic publications since 2020)'),
    rate('newspapers', 10, 'UStG 1994 §10(2), Anlage 1; TEDB 2025-08'),
    rate('food', 10, 'UStG 1994 §10(2), Anlage 1; TEDB 2025-08', { to: '2026-07-01' }),
    // 4.9 % covers only listed staples (milk, bread, eggs, fruit, vegetables); other food: 10 %.
    rate('food', 4.9, 'TEDB from 2026-07-01; eu-rules.md (basic foods only, others 10 %)', {
      from: '2026-07-01',
    }),
    rate('medicines', 10, 'UStG 1994 §10(2) (general knowledge)'),
    rate('sanitary_products', 10, 'UStG 1994 §10(2) (menstrual products since 2021-01-01)'),
    // Medical aids: no reduced rate known for typical devices, so they stay standard-rated here.
  ],
  BE: [
    rate('books', 6, 'KB nr. 20 Tabel A (general knowledge)'),
    rate('ebooks', 6, 'KB nr. 20 Tabel A (general knowledge)'),
    rate(
      'newspapers',
      0,
      'KB nr. 20: dailies and weeklies 0 %, other periodicals 6 % (general knowledge)',
    ),
    rate('food', 6, 'KB nr. 20 Tabel A; TEDB 2025-08'),
    rate('childrens_car_seats', 6, 'KB nr. 20 Tabel A (general knowledge, unconfirmed)'),
    rate('medicines', 6, 'KB nr. 20 Tabel A (general knowledge)'),
    rate('medical_devices', 6, 'KB nr. 20 Tabel A; TEDB 2025-08'),
    rate('sanitary_products', 6, 'KB nr. 20 Tabel A (menstrual products since 2018; secondary)'),
  ],
  BG: [
    rate('books', 9, 'VAT Act Art. 66(1); TEDB 2025-08'),
    rate('ebooks', 9, 'VAT Act Art. 66(1) (general knowledge, unconfirmed)'),
    // Food stays at 20 %: only baby food (9 %) and bread and flour (0 % until 2024-12-31) were
    // relieved, and medicines are standard-rated; the 9 % TEDB lists there is for baby products.
  ],
  CY: [
    // The 3 % rate for publications and disability aids took effect on 2023-07-21 (secondary).
    rate(
      'books',
      3,
      'VAT Law amendment published 2023-07-21 (meridianglobalservices.com, orbitax.com); TEDB 2025-08',
    ),
    rate('ebooks', 3, 'VAT Law amendment of July 2023 (secondary)'),
    rate('newspapers', 3, 'VAT Law amendment of July 2023 (secondary); TEDB 2025-08'),
    // Temporary 0 % on some staples (bread, milk, eggs, fresh produce) is too narrow to model.
    rate('food', 5, 'VAT Law 95(I)/2000; TEDB 2025-08'),
    rate('childrens_car_seats', 5, 'TEDB 2025-08'),
    rate('medicines', 5, 'TEDB 2025-08'),
    rate(
      'medical_devices',
      3,
      'VAT Law amendment of July 2023: orthopaedic and disability aids (secondary)',
    ),
    // Temporary zero rate since 2023-05-05, extended to 2026-12-31; it falls back to 5 % unless
    // extended again.
    rate(
      'sanitary_products',
      0,
      'Council of Ministers decrees (secondary; continuity unconfirmed)',
      {
        to: '2027-01-01',
      },
    ),
    rate('sanitary_products', 5, 'rate before the temporary zero rate (unconfirmed)', {
      from: '2027-01-01',
    }),
  ],
  CZ: [
    // 2024-01-01: the 10 % and 15 % rates merged into 12 %, and books moved to a zero rate.
    rate('books', 10, 'ZDPH Annex 3 (general knowledge)', { to: '2024-01-01' }),
    rate(
      'books',
      0,
      'ZDPH as amended by Act 349/2023: zero rate incl. e-books (BDO via vatupdate.com)',
      {
        from: '2024-01-01',
      },
    ),
    rate('ebooks', 10, 'ZDPH Annex 3 (general knowledge, unconfirmed)', { to: '2024-01-01' }),
    rate('ebooks', 0, 'ZDPH as amended by Act 349/2023: exempt with credit (secondary)', {
      from: '2024-01-01',
    }),
    // Secondary sources say newspapers were standard-rated until 2024.
    rate('newspapers', 12, 'ZDPH as amended by Act 349/2023 (secondary)', { from: '2024-01-01' }),
    rate('food', 15, 'ZDPH Annex 1 (general knowledge)', { to: '2024-01-01' }),
    rate('food', 12, 'ZDPH as amended by Act 349/2023; TEDB 2025-08', { from: '2024-01-01' }),
    rate('childrens_car_seats', 15, 'ZDPH Annex 1 (general knowledge, unconfirmed)', {
      to: '2024-01-01',
    }),
    rate('childrens_car_seats', 12, 'TEDB 2025-08', { from: '2024-01-01' }),
    rate('medicines', 10, 'ZDPH Annex 3 (general knowledge)', { to: '2024-01-01' }),
    rate('medicines', 12, 'ZDPH as amended by Act 349/2023; TEDB 2025-08', { from: '2024-01-01' }),
    rate('medical_devices', 15, 'ZDPH Annex 1 (general knowledge, unconfirmed)', {
      to: '2024-01-01',
    }),
    rate('medical_devices', 12, 'TEDB 2025-08', { from: '2024-01-01' }),
  ],
  DE: [
    rate('books', 7, 'UStG §12(2) Nr. 1, Anlage 2 Nr. 49'),
    rate('ebooks', 7, 'UStG §12(2) Nr. 14'),
    rate('newspapers', 7, 'UStG §12(2) Nr. 1, Anlage 2 Nr. 49; §12(2) Nr. 14 for e-editions'),
    rate('food', 7, 'UStG §12(2) Nr. 1, Anlage 2; TEDB 2025-08'),
    rate('medical_devices', 7, 'UStG §12(2) Nr. 1, Anlage 2 Nr. 51-52 (certain aids only)'),
    rate('sanitary_products', 7, 'UStG §12(2) Nr. 1, Anlage 2 Nr. 55 (since 2020-01-01)'),
    // Medicines are standard-rated (19 %) in Germany.
  ],
  DK: [rate('newspapers', 0, 'Momsloven §34: newspapers zero-rated (general knowledge)')],
  EE: [
    rate('books', 9, 'KMS §15; TEDB 2025-08'),
    rate('ebooks', 9, 'KMS §15 (electronic books since 2020-05-01; secondary)'),
    rate('newspapers', 5, 'KMS §15 press publications (secondary)', { to: '2025-01-01' }),
    rate('newspapers', 9, 'KMS §15; market-data note (press 5 -> 9 %); TEDB 2025-08', {
      from: '2025-01-01',
    }),
    rate('medicines', 9, 'KMS §15; TEDB 2025-08'),
    rate('medical_devices', 9, 'KMS §15; TEDB 2025-08'),
  ],
  ES: [
    rate('books', 4, 'Ley 37/1992 art. 91.Dos'),
    rate('ebooks', 4, 'Ley 37/1992 art. 91.Dos (electronic books since 2020)'),
    rate('newspapers', 4, 'Ley 37/1992 art. 91.Dos'),
    // Basic foods (bread, flour, milk, eggs, fruit, vegetables...); most other food is 10 %.
    rate('food', 0, 'RDL 20/2022 and extensions (temporary zero rate on basic foods)', {
      to: '2024-10-01',
    }),
    rate('food', 2, 'RDL 4/2024 art. 1 (BOE-A-2024-12944), 2024-10-01 to 2024-12-31', {
      from: '2024-10-01',
      to: '2025-01-01',
    }),
    rate('food', 4, 'Ley 37/1992 art. 91.Dos', { from: '2025-01-01' }),
    rate('medicines', 4, 'Ley 37/1992 art. 91.Dos'),
    rate('medical_devices', 10, 'Ley 37/1992 art. 91.Uno; TEDB 2025-08 (disability aids 4 %)'),
    rate('sanitary_products', 4, 'Ley 37/1992 art. 91.Dos (since 2023-01-01)'),
  ],
  FI: [
    // 2025-01-01: books, medicines and menstrual products moved from 10 % (or the standard rate)
    // to 14 %; 2026-01-01: 14 % became 13.5 %. Newspapers stayed at 10 %.
    rate('books', 10, 'AVL §85a', { to: '2025-01-01' }),
    rate(
      'books',
      14,
      'AVL as amended for 2025 (vatcalc.com, tungstenautomation.com); TEDB 2025-08',
      {
        from: '2025-01-01',
        to: '2026-01-01',
      },
    ),
    rate('books', 13.5, 'AVL as amended for 2026 (vatapi.com, vatcalc.com); eu-rules.md', {
      from: '2026-01-01',
    }),
    rate('ebooks', 10, 'AVL §85a', { to: '2025-01-01' }),
    rate('ebooks', 14, 'AVL as amended for 2025 (secondary)', {
      from: '2025-01-01',
      to: '2026-01-01',
    }),
    rate('ebooks', 13.5, 'AVL as amended for 2026; eu-rules.md', { from: '2026-01-01' }),
    rate('newspapers', 10, 'AVL §85a; TEDB 2025-08'),
    rate('food', 14, 'AVL §85; TEDB 2025-08', { to: '2026-01-01' }),
    rate('food', 13.5, 'AVL as amended for 2026; eu-rules.md', { from: '2026-01-01' }),
    rate('medicines', 10, 'AVL §85a', { to: '2025-01-01' }),
    rate('medicines', 14, 'AVL as amended for 2025 (secondary); TEDB 2025-08', {
      from: '2025-01-01',
      to: '2026-01-01',
    }),
    rate('medicines', 13.5, 'AVL as amended for 2026 (secondary)', { from: '2026-01-01' }),
    rate('sanitary_products', 14, 'AVL as amended for 2025 (tungstenautomation.com; secondary)', {
      from: '2025-01-01',
      to: '2026-01-01',
    }),
    rate('sanitary_products', 13.5, 'AVL as amended for 2026 (vatcalc.com; secondary)', {
      from: '2026-01-01',
    }),
  ],
  FR: [
    rate('books', 5.5, 'CGI art. 278-0 bis'),
    rate('ebooks', 5.5, 'CGI art. 278-0 bis'),
    rate('newspapers', 2.1, 'CGI art. 298 septies; TEDB 2025-08'),
    rate('food', 5.5, 'CGI art. 278-0 bis; TEDB 2025-08'),
    rate('medicines', 2.1, 'CGI art. 281 octies: reimbursable medicines; non-reimbursable 10 %'),
    rate(
      'medical_devices',
      5.5,
      'CGI art. 278-0 bis (equipment for disabled persons); TEDB 2025-08',
    ),
    rate('sanitary_products', 5.5, 'CGI art. 278-0 bis (since 2016)'),
  ],
  GR: [
    rate('books', 6, 'VAT Code Annex III (general knowledge)'),
    rate('ebooks', 6, 'VAT Code Annex III (general knowledge, unconfirmed)'),
    rate('newspapers', 6, 'VAT Code Annex III; TEDB 2025-08'),
    rate('food', 13, 'VAT Code Annex III; TEDB 2025-08'),
    rate('childrens_car_seats', 13, 'TEDB 2025-08'),
    rate('medicines', 6, 'VAT Code Annex III; TEDB 2025-08'),
    rate('medical_devices', 6, 'TEDB 2025-08'),
    // Secondary sources put menstrual products at the standard rate.
  ],
  HR: [
    rate('books', 5, 'Zakon o PDV-u čl. 38; TEDB 2025-08'),
    rate('ebooks', 5, 'Zakon o PDV-u čl. 38 (general knowledge, unconfirmed)'),
    rate('newspapers', 5, 'Zakon o PDV-u čl. 38; TEDB 2025-08'),
    // Basic foods (meat, fish, eggs, fruit, vegetables, bread, milk, oils) at 5 % since 2022-04-01.
    rate('food', 5, 'Zakon o PDV-u čl. 38; TEDB 2025-08 (other food 13 % or 25 %)'),
    rate('childrens_car_seats', 13, 'TEDB 2025-08'),
    rate('medicines', 5, 'Zakon o PDV-u čl. 38; TEDB 2025-08'),
    rate('medical_devices', 5, 'TEDB 2025-08'),
    rate(
      'sanitary_products',
      13,
      'cut from 25 % on 2022-04-01 (secondary); current rate unconfirmed',
    ),
  ],
  HU: [
    rate('books', 5, 'Áfa tv. Annex 3 (general knowledge)'),
    rate('ebooks', 5, 'Áfa tv. Annex 3 (general knowledge, unconfirmed)'),
    rate(
      'newspapers',
      5,
      'Áfa tv. Annex 3 (general knowledge; TEDB 2025-08 lists 0 %, unconfirmed)',
    ),
    // Basic foods (milk, bread, eggs, pork, poultry, fish); other food 18 % or 27 %.
    rate('food', 5, 'Áfa tv. Annex 3; TEDB 2025-08'),
    rate('medicines', 5, 'Áfa tv. Annex 3; TEDB 2025-08'),
    rate('medical_devices', 5, 'Áfa tv. Annex 3; TEDB 2025-08'),
  ],
  IE: [
    rate('books', 0, 'VATCA 2010 Sch. 2 (printed books)'),
    rate(
      'ebooks',
      0,
      'VATCA 2010 Sch. 2 (e-books since 2020-05-01; general knowledge, unconfirmed)',
    ),
    rate('newspapers', 9, 'VATCA 2010 second reduced rate (general knowledge)'),
    rate('food', 0, 'VATCA 2010 Sch. 2 (most food; some 13.5 % or 23 %)'),
    rate('childrens_clothing', 0, "VATCA 2010 Sch. 2 (children's clothing and footwear)"),
    rate('childrens_car_seats', 13.5, "VATCA 2010 Sch. 3 (Tolley's EU and Global VAT, App. 40D)"),
    rate('medicines', 0, 'VATCA 2010 Sch. 2 (oral medicines; others standard-rated)'),
    rate('medical_devices', 0, 'VATCA 2010 Sch. 2 (disability aids); TEDB 2025-08'),
    rate('sanitary_products', 0, 'VATCA 2010 Sch. 2 (secondary)'),
  ],
  IT: [
    rate('books', 4, 'DPR 633/1972 Tabella A parte II'),
    rate('ebooks', 4, 'DPR 633/1972 Tabella A parte II'),
    rate('newspapers', 4, 'DPR 633/1972 Tabella A parte II'),
    // Basic foods (bread, milk, flour, pasta, fruit, vegetables); most other food 10 %.
    rate('food', 4, 'DPR 633/1972 Tabella A parte II (TEDB 2025-08 lists 10 % for other food)'),
    rate('medicines', 10, 'DPR 633/1972 Tabella A parte III'),
    rate('medical_devices', 4, 'DPR 633/1972 Tabella A parte II: disability aids (unconfirmed)'),
    rate('sanitary_products', 10, 'Legge di bilancio 2024: 10 % after 5 % in 2023 (unconfirmed)'),
  ],
  LT: [
    // 2026-01-01: books moved from 9 % to 5 % (Law XV-287); 9 % -> 12 % hit only services.
    rate('books', 9, 'PVM įstatymas Art. 19', { to: '2026-01-01' }),
    rate('books', 5, 'PVM įstatymas Art. 19 as amended by Law XV-287 (sovos.com, vatapi.com)', {
      from: '2026-01-01',
    }),
    rate('ebooks', 9, 'PVM įstatymas Art. 19 (printed and electronic books)', { to: '2026-01-01' }),
    rate('ebooks', 5, 'PVM įstatymas Art. 19 as amended by Law XV-287 (secondary)', {
      from: '2026-01-01',
    }),
    rate('newspapers', 5, 'TEDB 2025-08 (unconfirmed)'),
    rate('medicines', 5, 'TEDB 2025-08: reimbursed medicines only, others 21 % (unconfirmed)'),
    rate('medical_devices', 5, 'TEDB 2025-08: reimbursed aids only (unconfirmed)'),
  ],
  LU: [
    rate('books', 3, 'Loi TVA art. 40 (general knowledge)'),
    rate('ebooks', 3, 'Loi TVA art. 40 (general knowledge)'),
    rate('newspapers', 3, 'Loi TVA art. 40 (general knowledge)'),
    rate('food', 3, 'Loi TVA art. 40; TEDB 2025-08'),
    rate('childrens_clothing', 3, 'Loi TVA art. 40; TEDB 2025-08'),
    rate('medicines', 3, 'Loi TVA art. 40; TEDB 2025-08'),
    rate('medical_devices', 3, 'Loi TVA art. 40; TEDB 2025-08'),
    rate('sanitary_products', 3, 'Loi TVA art. 40 (since 2019; general knowledge, unconfirmed)'),
  ],
  LV: [
    rate('books', 5, 'PVN likums Art. 42; TEDB 2025-08'),
    rate('ebooks', 5, 'PVN likums Art. 42 (print and electronic; secondary)'),
    rate('newspapers', 5, 'PVN likums Art. 42; TEDB 2025-08'),
    // Most food is standard-rated; the 12 % pilot on bread, milk, poultry and eggs
    // (2026-07-01..2027-06-30) and the fresh-produce rate are too narrow for the category.
    rate('medicines', 12, 'PVN likums Art. 42; TEDB 2025-08'),
    rate('medical_devices', 12, 'PVN likums Art. 42; TEDB 2025-08'),
  ],
  MT: [
    rate('books', 5, 'VAT Act Eighth Schedule; TEDB 2025-08'),
    rate('ebooks', 5, 'VAT Act Eighth Schedule (general knowledge, unconfirmed)'),
    rate('newspapers', 5, 'VAT Act Eighth Schedule; TEDB 2025-08'),
    rate('food', 0, 'VAT Act Fifth Schedule: exempt with credit; TEDB 2025-08'),
    rate('medicines', 0, 'VAT Act Fifth Schedule: exempt with credit; TEDB 2025-08'),
    rate('medical_devices', 5, 'VAT Act Eighth Schedule; TEDB 2025-08'),
    rate('sanitary_products', 0, 'secondary source (start date unconfirmed)'),
  ],
  NL: [
    rate('books', 9, 'Wet OB 1968 Tabel I'),
    rate('ebooks', 9, 'Wet OB 1968 Tabel I'),
    rate('newspapers', 9, 'Wet OB 1968 Tabel I'),
    rate('food', 9, 'Wet OB 1968 Tabel I; TEDB 2025-08'),
    rate('medicines', 9, 'Wet OB 1968 Tabel I; TEDB 2025-08'),
    rate('medical_devices', 9, 'Wet OB 1968 Tabel I; TEDB 2025-08'),
    rate('sanitary_products', 9, 'Wet OB 1968 Tabel I (secondary)'),
  ],
  PL: [
    rate('books', 5, 'ustawa o VAT zał. 10'),
    rate('ebooks', 5, 'ustawa o VAT art. 41 (5 %)'),
    rate('newspapers', 8, 'ustawa o VAT zał. 3; TEDB 2025-08 (specialist periodicals 5 %)'),
    rate('food', 0, 'anti-inflation shield: zero rate on basic food until 2024-03-31', {
      to: '2024-04-01',
    }),
    rate('food', 5, 'ustawa o VAT zał. 10; TEDB 2025-08', { from: '2024-04-01' }),
    rate('childrens_car_seats', 5, 'ustawa o VAT zał. 10; TEDB 2025-08'),
    rate('medicines', 8, 'ustawa o VAT zał. 3'),
    rate('medical_devices', 8, 'ustawa o VAT zał. 3; TEDB 2025-08'),
    rate('sanitary_products', 5, 'ustawa o VAT zał. 10 (secondary)'),
  ],
  PT: [
    rate('books', 6, 'CIVA Lista I'),
    rate('ebooks', 6, 'CIVA Lista I (general knowledge)'),
    rate('newspapers', 6, 'CIVA Lista I'),
    // The temporary 0 % basket of 46 staples ended on 2024-01-04.
    rate('food', 6, 'CIVA Lista I; TEDB 2025-08'),
    rate('childrens_car_seats', 6, 'CIVA Lista I (general knowledge, unconfirmed)'),
    rate('medicines', 6, 'CIVA Lista I; TEDB 2025-08'),
    rate('medical_devices', 6, 'CIVA Lista I; TEDB 2025-08'),
    rate('sanitary_products', 6, 'CIVA Lista I (secondary)'),
  ],
  RO: [
    // 2025-08-01: the 5 % and 9 % rates were replaced by 11 % (market-data).
    rate('books', 5, 'Codul fiscal art. 291(3)', { to: '2025-08-01' }),
    rate('books', 11, 'Codul fiscal art. 291 as amended 2025-08-01', { from: '2025-08-01' }),
    rate('ebooks', 5, 'Codul fiscal art. 291(3) (general knowledge, unconfirmed)', {
      to: '2025-08-01',
    }),
    rate('ebooks', 11, 'Codul fiscal art. 291 as amended 2025-08-01 (unconfirmed)', {
      from: '2025-08-01',
    }),
    rate('newspapers', 5, 'Codul fiscal art. 291(3)', { to: '2025-08-01' }),
    rate('newspapers', 11, 'Codul fiscal art. 291 as amended 2025-08-01', { from: '2025-08-01' }),
    rate('food', 9, 'Codul fiscal art. 291(2)', { to: '2025-08-01' }),
    rate('food', 11, 'Codul fiscal art. 291 as amended 2025-08-01; TEDB 2025-08', {
      from: '2025-08-01',
    }),
    rate('medicines', 9, 'Codul fiscal art. 291(2)', { to: '2025-08-01' }),
    rate('medicines', 11, 'Codul fiscal art. 291 as amended 2025-08-01; TEDB 2025-08', {
      from: '2025-08-01',
    }),
    rate('medical_devices', 9, 'Codul fiscal art. 291(2): prostheses, orthopaedic (unconfirmed)', {
      to: '2025-08-01',
    }),
    rate('medical_devices', 11, 'Codul fiscal art. 291 as amended 2025-08-01 (unconfirmed)', {
      from: '2025-08-01',
    }),
  ],
  SE: [
    rate('books', 6, 'ML (2023:200); TEDB 2025-08'),
    rate('ebooks', 6, 'ML (2023:200) (electronic editions since 2019-07-01)'),
    rate('newspapers', 6, 'ML (2023:200) (general knowledge)'),
    rate('food', 12, 'ML (2023:200); TEDB 2025-08', { to: '2026-04-01' }),
    rate('food', 6, 'Prop. 2025/26:55, temporary, approved (vatupdate.com; secondary)', {
      from: '2026-04-01',
      to: '2028-01-01',
    }),
    rate('food', 12, 'ML (2023:200), when Prop. 2025/26:55 lapses (secondary)', {
      from: '2028-01-01',
    }),
    // Only prescription medicines are zero-rated; what a marketplace sells (OTC) is standard-rated.
    // TEDB lists 6 % under medical equipment without a clear scope, so devices are not modelled.
  ],
  SI: [
    rate('books', 5, 'ZDDV-1 čl. 41a; TEDB 2025-08'),
    rate('ebooks', 5, 'ZDDV-1 čl. 41a (general knowledge, unconfirmed)'),
    rate('newspapers', 5, 'ZDDV-1 čl. 41a (general knowledge, unconfirmed)'),
    rate('food', 9.5, 'ZDDV-1 čl. 41; TEDB 2025-08'),
    rate('medicines', 9.5, 'ZDDV-1 čl. 41; TEDB 2025-08'),
    rate('medical_devices', 9.5, 'ZDDV-1 čl. 41; TEDB 2025-08'),
  ],
  SK: [
    // 2025-01-01: 10 % abolished; books, basic food, medicines and devices moved to 5 %.
    rate('books', 10, 'ZDPH Annex 7 (general knowledge)', { to: '2025-01-01' }),
    rate(
      'books',
      5,
      'ZDPH Annex 7 as amended 2025 (EY, Crowe; asd-int.com says 23 %: unconfirmed)',
      {
        from: '2025-01-01',
      },
    ),
    rate('newspapers', 10, 'ZDPH Annex 7 (general knowledge)', { to: '2025-01-01' }),
    rate('newspapers', 5, 'ZDPH Annex 7 as amended 2025 (secondary); TEDB 2025-08', {
      from: '2025-01-01',
    }),
    rate('food', 10, 'ZDPH Annex 7: basic foods, other food 20 % (general knowledge)', {
      to: '2025-01-01',
    }),
    rate('food', 5, 'ZDPH Annex 7 as amended 2025: basic foods (other food 19 %)', {
      from: '2025-01-01',
    }),
    rate('medicines', 10, 'ZDPH Annex 7 (general knowledge)', { to: '2025-01-01' }),
    rate('medicines', 5, 'ZDPH Annex 7 as amended 2025 (secondary); TEDB 2025-08', {
      from: '2025-01-01',
    }),
    rate('medical_devices', 10, 'ZDPH Annex 7 (general knowledge)', { to: '2025-01-01' }),
    rate('medical_devices', 5, 'ZDPH Annex 7 as amended 2025 (secondary); TEDB 2025-08', {
      from: '2025-01-01',
    }),
  ],
};
