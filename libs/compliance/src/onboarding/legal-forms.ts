import type { CountryCode } from '../markets/market.types';
import type { LegalForm } from './onboarding.types';

/**
 * The legal forms a seller of goods typically has, per member state: the limited companies, the
 * usual partnerships and the sole-trader forms. Cooperatives, associations, foundations, public
 * bodies and forms reserved to regulated professions are left out on purpose; a seller with such
 * a form is handled by hand.
 *
 * Sources:
 * - Names and abbreviations: the ISO 20275 Entity Legal Forms (ELF) code list kept by GLEIF,
 *   version of 2026-02-19, checked for AT, BE, CY, CZ, DE, FI, FR (EI), GR, HR, HU, IE and IT;
 *   for the other member states, and for forms newer than or missing from that list (AT FlexCo,
 *   SK j.s.a., PL P.S.A., LU S.à r.l.-S, FR SASU/EURL, ES S.L.U.), the national company codes.
 * - Register names: the project's reference file eu-markets.json (field `business_register`),
 *   which marks all of them but DE's as unconfirmed.
 * - `registered` follows the country's registration duties as generally known; it is true where
 *   the business gets a number in the register named in REGISTER_NAMES (or in a register kept for
 *   sole traders that plays that role and numbers its entries, as the Hungarian register of
 *   egyéni vállalkozók) and false where only a trade licence, tax or optional entry exists, or
 *   where the register gives no number (CEIDG in PL). Verify a doubtful case against the register.
 * - The SE (Societas Europaea) exists in every member state and is entered in the register of the
 *   state of its registered office (Regulation (EC) No 2157/2001, Art. 12(1)); `name` is the
 *   country's own term for it.
 *
 * Where the native script is Greek or Cyrillic the abbreviation is the Latin one in common use and
 * `name` keeps the native script. Belgian forms carry the Dutch and the French term, since a
 * seller may use either.
 */
export const LEGAL_FORMS: Readonly<Record<CountryCode, readonly LegalForm[]>> = {
  AT: [
    { code: 'gmbh', abbreviation: 'GmbH', name: 'Gesellschaft mit beschränkter Haftung', kind: 'company', registered: true },
    { code: 'flexco', abbreviation: 'FlexCo', name: 'Flexible Kapitalgesellschaft', kind: 'company', registered: true },
    { code: 'ag', abbreviation: 'AG', name: 'Aktiengesellschaft', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Europäische Gesellschaft (Societas Europaea)', kind: 'company', registered: true },
    { code: 'og', abbreviation: 'OG', name: 'Offene Gesellschaft', kind: 'partnership', registered: true },
    { code: 'kg', abbreviation: 'KG', name: 'Kommanditgesellschaft', kind: 'partnership', registered: true },
    { code: 'gmbh-co-kg', abbreviation: 'GmbH & Co KG', name: 'Kommanditgesellschaft mit einer GmbH als Komplementärin', kind: 'partnership', registered: true },
    // A GesbR cannot be entered in the Firmenbuch.
    { code: 'gesbr', abbreviation: 'GesbR', name: 'Gesellschaft bürgerlichen Rechts', kind: 'partnership', registered: false },
    { code: 'eu', abbreviation: 'e.U.', name: 'eingetragenes Unternehmen', kind: 'sole_trader', registered: true },
    // Below the UGB accounting threshold a sole trader needs a trade licence (GISA) but no Firmenbuch entry.
    { code: 'einzelunternehmen', abbreviation: 'Einzelunternehmen', name: 'Einzelunternehmen (ohne Firmenbucheintragung)', kind: 'sole_trader', registered: false },
  ],
  BE: [
    { code: 'bv', abbreviation: 'BV / SRL', name: 'Besloten vennootschap / Société à responsabilité limitée', kind: 'company', registered: true },
    { code: 'nv', abbreviation: 'NV / SA', name: 'Naamloze vennootschap / Société anonyme', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Europese vennootschap / Société européenne', kind: 'company', registered: true },
    { code: 'vof', abbreviation: 'VOF / SNC', name: 'Vennootschap onder firma / Société en nom collectif', kind: 'partnership', registered: true },
    { code: 'commv', abbreviation: 'CommV / SComm', name: 'Commanditaire vennootschap / Société en commandite', kind: 'partnership', registered: true },
    // Since the 2018 reform of company law a maatschap is an enterprise and must be in the KBO/BCE.
    { code: 'maatschap', abbreviation: 'Maatschap / Société simple', name: 'Maatschap / Société simple', kind: 'partnership', registered: true },
    // Every trader, natural persons included, has a KBO/BCE enterprise number.
    { code: 'eenmanszaak', abbreviation: 'Eenmanszaak / Entreprise individuelle', name: 'Onderneming natuurlijk persoon / Entreprise personne physique', kind: 'sole_trader', registered: true },
  ],
  BG: [
    { code: 'ood', abbreviation: 'OOD', name: 'Дружество с ограничена отговорност', kind: 'company', registered: true },
    { code: 'eood', abbreviation: 'EOOD', name: 'Еднолично дружество с ограничена отговорност', kind: 'company', registered: true },
    { code: 'ad', abbreviation: 'AD', name: 'Акционерно дружество', kind: 'company', registered: true },
    { code: 'ead', abbreviation: 'EAD', name: 'Еднолично акционерно дружество', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Европейско дружество', kind: 'company', registered: true },
    { code: 'sd', abbreviation: 'SD', name: 'Събирателно дружество', kind: 'partnership', registered: true },
    { code: 'kd', abbreviation: 'KD', name: 'Командитно дружество', kind: 'partnership', registered: true },
    { code: 'et', abbreviation: 'ET', name: 'Едноличен търговец', kind: 'sole_trader', registered: true },
  ],
  // Cypriot company and partnership law was enacted in English (Cap. 113, Cap. 116) and business
  // still uses its terms; the names are the Greek ones.
  CY: [
    { code: 'ltd', abbreviation: 'Ltd', name: 'Ιδιωτική Εταιρεία Περιορισμένης Ευθύνης με μετοχές', kind: 'company', registered: true },
    { code: 'plc', abbreviation: 'Plc', name: 'Δημόσια Εταιρεία Περιορισμένης Ευθύνης με μετοχές', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Ευρωπαϊκή Εταιρεία', kind: 'company', registered: true },
    { code: 'general-partnership', abbreviation: 'General Partnership', name: 'Ομόρρυθμος Συνεταιρισμός', kind: 'partnership', registered: true },
    { code: 'limited-partnership', abbreviation: 'Limited Partnership', name: 'Ετερόρρυθμος Συνεταιρισμός', kind: 'partnership', registered: true },
    // Only a trading name other than the trader's own is registered, and that names the name, not the business.
    { code: 'sole-trader', abbreviation: 'Sole Trader', name: 'Αυτοτελώς εργαζόμενος', kind: 'sole_trader', registered: false },
  ],
  CZ: [
    { code: 'sro', abbreviation: 's.r.o.', name: 'Společnost s ručením omezeným', kind: 'company', registered: true },
    { code: 'as', abbreviation: 'a.s.', name: 'Akciová společnost', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Evropská společnost', kind: 'company', registered: true },
    { code: 'vos', abbreviation: 'v.o.s.', name: 'Veřejná obchodní společnost', kind: 'partnership', registered: true },
    { code: 'ks', abbreviation: 'k.s.', name: 'Komanditní společnost', kind: 'partnership', registered: true },
    // The živnostenský rejstřík is a trade-licence register, not the obchodní rejstřík.
    { code: 'osvc', abbreviation: 'OSVČ', name: 'Osoba samostatně výdělečně činná (živnostník)', kind: 'sole_trader', registered: false },
  ],
  DE: [
    { code: 'gmbh', abbreviation: 'GmbH', name: 'Gesellschaft mit beschränkter Haftung', kind: 'company', registered: true },
    { code: 'ug', abbreviation: 'UG (haftungsbeschränkt)', name: 'Unternehmergesellschaft (haftungsbeschränkt)', kind: 'company', registered: true },
    { code: 'ag', abbreviation: 'AG', name: 'Aktiengesellschaft', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Europäische Gesellschaft (Societas Europaea)', kind: 'company', registered: true },
    { code: 'ohg', abbreviation: 'OHG', name: 'Offene Handelsgesellschaft', kind: 'partnership', registered: true },
    { code: 'kg', abbreviation: 'KG', name: 'Kommanditgesellschaft', kind: 'partnership', registered: true },
    { code: 'gmbh-co-kg', abbreviation: 'GmbH & Co. KG', name: 'Kommanditgesellschaft mit einer GmbH als Komplementärin', kind: 'partnership', registered: true },
    // Entry in the Gesellschaftsregister (eGbR) is optional since 2024; most GbR have none.
    { code: 'gbr', abbreviation: 'GbR', name: 'Gesellschaft bürgerlichen Rechts', kind: 'partnership', registered: false },
    { code: 'ek', abbreviation: 'e.K.', name: 'eingetragener Kaufmann / eingetragene Kauffrau', kind: 'sole_trader', registered: true },
    // A small trader without Handelsregister entry has only a Gewerbeanmeldung.
    { code: 'einzelunternehmen', abbreviation: 'Einzelunternehmen', name: 'Einzelunternehmen (ohne Handelsregistereintrag)', kind: 'sole_trader', registered: false },
  ],
  DK: [
    { code: 'aps', abbreviation: 'ApS', name: 'Anpartsselskab', kind: 'company', registered: true },
    { code: 'as', abbreviation: 'A/S', name: 'Aktieselskab', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Europæisk selskab (SE-selskab)', kind: 'company', registered: true },
    { code: 'is', abbreviation: 'I/S', name: 'Interessentskab', kind: 'partnership', registered: true },
    { code: 'ks', abbreviation: 'K/S', name: 'Kommanditselskab', kind: 'partnership', registered: true },
    // A sole trader who charges VAT has a CVR number.
    { code: 'enkeltmandsvirksomhed', abbreviation: 'Enkeltmandsvirksomhed', name: 'Enkeltmandsvirksomhed', kind: 'sole_trader', registered: true },
  ],
  EE: [
    { code: 'ou', abbreviation: 'OÜ', name: 'Osaühing', kind: 'company', registered: true },
    { code: 'as', abbreviation: 'AS', name: 'Aktsiaselts', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Euroopa äriühing', kind: 'company', registered: true },
    { code: 'tu', abbreviation: 'TÜ', name: 'Täisühing', kind: 'partnership', registered: true },
    { code: 'uu', abbreviation: 'UÜ', name: 'Usaldusühing', kind: 'partnership', registered: true },
    { code: 'fie', abbreviation: 'FIE', name: 'Füüsilisest isikust ettevõtja', kind: 'sole_trader', registered: true },
  ],
  ES: [
    { code: 'sl', abbreviation: 'S.L.', name: 'Sociedad de responsabilidad limitada', kind: 'company', registered: true },
    { code: 'slu', abbreviation: 'S.L.U.', name: 'Sociedad limitada unipersonal', kind: 'company', registered: true },
    { code: 'sa', abbreviation: 'S.A.', name: 'Sociedad anónima', kind: 'company', registered: true },
    { code: 'sau', abbreviation: 'S.A.U.', name: 'Sociedad anónima unipersonal', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Sociedad anónima europea', kind: 'company', registered: true },
    { code: 'sc', abbreviation: 'S.C.', name: 'Sociedad colectiva', kind: 'partnership', registered: true },
    // A sociedad civil has its own NIF but is not entered in the Registro Mercantil.
    { code: 'scp', abbreviation: 'S.C.P.', name: 'Sociedad civil privada', kind: 'partnership', registered: false },
    // A comunidad de bienes has a NIF starting E (Orden EHA/451/2008, art. 3) but no entry in the Registro Mercantil.
    { code: 'cb', abbreviation: 'C.B.', name: 'Comunidad de bienes', kind: 'partnership', registered: false },
    // Entry in the Registro Mercantil is optional for an empresario individual.
    { code: 'autonomo', abbreviation: 'Autónomo', name: 'Empresario individual (autónomo)', kind: 'sole_trader', registered: false },
  ],
  FI: [
    { code: 'oy', abbreviation: 'Oy', name: 'Osakeyhtiö', kind: 'company', registered: true },
    { code: 'oyj', abbreviation: 'Oyj', name: 'Julkinen osakeyhtiö', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Eurooppayhtiö', kind: 'company', registered: true },
    { code: 'ay', abbreviation: 'Ay', name: 'Avoin yhtiö', kind: 'partnership', registered: true },
    { code: 'ky', abbreviation: 'Ky', name: 'Kommandiittiyhtiö', kind: 'partnership', registered: true },
    { code: 'tmi', abbreviation: 'Tmi', name: 'Toiminimi (yksityinen elinkeinonharjoittaja)', kind: 'sole_trader', registered: true },
  ],
  FR: [
    { code: 'sas', abbreviation: 'SAS', name: 'Société par actions simplifiée', kind: 'company', registered: true },
    { code: 'sasu', abbreviation: 'SASU', name: 'Société par actions simplifiée unipersonnelle', kind: 'company', registered: true },
    { code: 'sarl', abbreviation: 'SARL', name: 'Société à responsabilité limitée', kind: 'company', registered: true },
    { code: 'eurl', abbreviation: 'EURL', name: 'Entreprise unipersonnelle à responsabilité limitée', kind: 'company', registered: true },
    { code: 'sa', abbreviation: 'SA', name: 'Société anonyme', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Société européenne', kind: 'company', registered: true },
    { code: 'snc', abbreviation: 'SNC', name: 'Société en nom collectif', kind: 'partnership', registered: true },
    // Includes the micro-entrepreneur; every EI is in the RNE and has a SIREN.
    { code: 'ei', abbreviation: 'EI', name: 'Entrepreneur individuel', kind: 'sole_trader', registered: true },
  ],
  GR: [
    { code: 'ike', abbreviation: 'IKE', name: 'Ιδιωτική Κεφαλαιουχική Εταιρεία', kind: 'company', registered: true },
    { code: 'epe', abbreviation: 'EPE', name: 'Εταιρεία Περιορισμένης Ευθύνης', kind: 'company', registered: true },
    // An Ανώνυμη Εταιρεία (ΑΕ) goes by SA in Latin script, as in the ELF list.
    { code: 'sa', abbreviation: 'SA', name: 'Ανώνυμη Εταιρεία', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Ευρωπαϊκή Εταιρεία', kind: 'company', registered: true },
    { code: 'oe', abbreviation: 'OE', name: 'Ομόρρυθμη Εταιρεία', kind: 'partnership', registered: true },
    { code: 'ee', abbreviation: 'EE', name: 'Ετερόρρυθμη Εταιρεία', kind: 'partnership', registered: true },
    // A sole trader in commerce must be in the ΓΕΜΗ.
    { code: 'atomiki', abbreviation: 'Atomiki epicheirisi', name: 'Ατομική επιχείρηση', kind: 'sole_trader', registered: true },
  ],
  HR: [
    { code: 'doo', abbreviation: 'd.o.o.', name: 'Društvo s ograničenom odgovornošću', kind: 'company', registered: true },
    { code: 'jdoo', abbreviation: 'j.d.o.o.', name: 'Jednostavno društvo s ograničenom odgovornošću', kind: 'company', registered: true },
    { code: 'dd', abbreviation: 'd.d.', name: 'Dioničko društvo', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Europsko društvo', kind: 'company', registered: true },
    { code: 'jtd', abbreviation: 'j.t.d.', name: 'Javno trgovačko društvo', kind: 'partnership', registered: true },
    { code: 'kd', abbreviation: 'k.d.', name: 'Komanditno društvo', kind: 'partnership', registered: true },
    { code: 'tp', abbreviation: 't.p.', name: 'Trgovac pojedinac', kind: 'sole_trader', registered: true },
    // An obrt is in the obrtni registar, a trade register, not the sudski registar.
    { code: 'obrt', abbreviation: 'Obrt', name: 'Obrt', kind: 'sole_trader', registered: false },
  ],
  HU: [
    { code: 'kft', abbreviation: 'Kft.', name: 'Korlátolt felelősségű társaság', kind: 'company', registered: true },
    { code: 'zrt', abbreviation: 'Zrt.', name: 'Zártkörűen működő részvénytársaság', kind: 'company', registered: true },
    { code: 'nyrt', abbreviation: 'Nyrt.', name: 'Nyilvánosan működő részvénytársaság', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Európai részvénytársaság', kind: 'company', registered: true },
    { code: 'kkt', abbreviation: 'Kkt.', name: 'Közkereseti társaság', kind: 'partnership', registered: true },
    { code: 'bt', abbreviation: 'Bt.', name: 'Betéti társaság', kind: 'partnership', registered: true },
    { code: 'ec', abbreviation: 'e.c.', name: 'Egyéni cég', kind: 'sole_trader', registered: true },
    // Not in the cégjegyzék, but in the register of sole traders, which gives a nyilvántartási szám.
    { code: 'ev', abbreviation: 'e.v.', name: 'Egyéni vállalkozó', kind: 'sole_trader', registered: true },
  ],
  IE: [
    { code: 'ltd', abbreviation: 'Ltd', name: 'Private company limited by shares', kind: 'company', registered: true },
    { code: 'dac', abbreviation: 'DAC', name: 'Designated activity company', kind: 'company', registered: true },
    { code: 'plc', abbreviation: 'PLC', name: 'Public limited company', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'European public limited-liability company (Societas Europaea)', kind: 'company', registered: true },
    // A general partnership registers at most its business name with the CRO.
    { code: 'partnership', abbreviation: 'Partnership', name: 'General partnership', kind: 'partnership', registered: false },
    { code: 'lp', abbreviation: 'LP', name: 'Limited partnership', kind: 'partnership', registered: true },
    { code: 'sole-trader', abbreviation: 'Sole trader', name: 'Sole trader', kind: 'sole_trader', registered: false },
  ],
  IT: [
    { code: 'srl', abbreviation: 'S.r.l.', name: 'Società a responsabilità limitata', kind: 'company', registered: true },
    { code: 'srls', abbreviation: 'S.r.l.s.', name: 'Società a responsabilità limitata semplificata', kind: 'company', registered: true },
    { code: 'spa', abbreviation: 'S.p.A.', name: 'Società per azioni', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Società europea', kind: 'company', registered: true },
    { code: 'snc', abbreviation: 'S.n.c.', name: 'Società in nome collettivo', kind: 'partnership', registered: true },
    { code: 'sas', abbreviation: 'S.a.s.', name: 'Società in accomandita semplice', kind: 'partnership', registered: true },
    // Every impresa individuale is entered in the Registro delle imprese and has a REA number.
    { code: 'ditta-individuale', abbreviation: 'Ditta individuale', name: 'Impresa individuale', kind: 'sole_trader', registered: true },
  ],
  LT: [
    { code: 'uab', abbreviation: 'UAB', name: 'Uždaroji akcinė bendrovė', kind: 'company', registered: true },
    { code: 'ab', abbreviation: 'AB', name: 'Akcinė bendrovė', kind: 'company', registered: true },
    // Despite its name an MB is a legal person whose members are not liable for its debts.
    { code: 'mb', abbreviation: 'MB', name: 'Mažoji bendrija', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Europos bendrovė', kind: 'company', registered: true },
    { code: 'tub', abbreviation: 'TŪB', name: 'Tikroji ūkinė bendrija', kind: 'partnership', registered: true },
    { code: 'kub', abbreviation: 'KŪB', name: 'Komanditinė ūkinė bendrija', kind: 'partnership', registered: true },
    // An IĮ is a legal person, but its single owner is liable without limit, as a sole trader is.
    { code: 'ii', abbreviation: 'IĮ', name: 'Individuali įmonė', kind: 'sole_trader', registered: true },
    // Self-employment under a certificate or business licence is not entered in the register of legal entities.
    { code: 'individuali-veikla', abbreviation: 'Individuali veikla', name: 'Individuali veikla', kind: 'sole_trader', registered: false },
  ],
  LU: [
    { code: 'sarl', abbreviation: 'S.à r.l.', name: 'Société à responsabilité limitée', kind: 'company', registered: true },
    { code: 'sarl-s', abbreviation: 'S.à r.l.-S', name: 'Société à responsabilité limitée simplifiée', kind: 'company', registered: true },
    { code: 'sa', abbreviation: 'SA', name: 'Société anonyme', kind: 'company', registered: true },
    { code: 'sas', abbreviation: 'SAS', name: 'Société par actions simplifiée', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Société européenne', kind: 'company', registered: true },
    { code: 'senc', abbreviation: 'SENC', name: 'Société en nom collectif', kind: 'partnership', registered: true },
    { code: 'secs', abbreviation: 'SECS', name: 'Société en commandite simple', kind: 'partnership', registered: true },
    // A trader who is a natural person is entered in the RCS too (numbers starting with A).
    { code: 'entreprise-individuelle', abbreviation: 'Entreprise individuelle', name: 'Commerçant personne physique', kind: 'sole_trader', registered: true },
  ],
  LV: [
    { code: 'sia', abbreviation: 'SIA', name: 'Sabiedrība ar ierobežotu atbildību', kind: 'company', registered: true },
    { code: 'as', abbreviation: 'AS', name: 'Akciju sabiedrība', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Eiropas komercsabiedrība', kind: 'company', registered: true },
    { code: 'ps', abbreviation: 'PS', name: 'Pilnsabiedrība', kind: 'partnership', registered: true },
    { code: 'ks', abbreviation: 'KS', name: 'Komandītsabiedrība', kind: 'partnership', registered: true },
    { code: 'ik', abbreviation: 'IK', name: 'Individuālais komersants', kind: 'sole_trader', registered: true },
  ],
  MT: [
    { code: 'ltd', abbreviation: 'Ltd', name: 'Private limited liability company', kind: 'company', registered: true },
    { code: 'plc', abbreviation: 'p.l.c.', name: 'Public limited liability company', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'European public limited-liability company (Societas Europaea)', kind: 'company', registered: true },
    { code: 'en-nom-collectif', abbreviation: 'Partnership en nom collectif', name: 'Partnership en nom collectif', kind: 'partnership', registered: true },
    { code: 'en-commandite', abbreviation: 'Partnership en commandite', name: 'Partnership en commandite', kind: 'partnership', registered: true },
    { code: 'sole-trader', abbreviation: 'Sole trader', name: 'Sole trader', kind: 'sole_trader', registered: false },
  ],
  NL: [
    { code: 'bv', abbreviation: 'B.V.', name: 'Besloten vennootschap met beperkte aansprakelijkheid', kind: 'company', registered: true },
    { code: 'nv', abbreviation: 'N.V.', name: 'Naamloze vennootschap', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Europese naamloze vennootschap', kind: 'company', registered: true },
    { code: 'vof', abbreviation: 'V.O.F.', name: 'Vennootschap onder firma', kind: 'partnership', registered: true },
    { code: 'cv', abbreviation: 'C.V.', name: 'Commanditaire vennootschap', kind: 'partnership', registered: true },
    { code: 'maatschap', abbreviation: 'Maatschap', name: 'Maatschap', kind: 'partnership', registered: true },
    // Every enterprise, a one-person business included, must be in the KvK Handelsregister.
    { code: 'eenmanszaak', abbreviation: 'Eenmanszaak', name: 'Eenmanszaak', kind: 'sole_trader', registered: true },
  ],
  PL: [
    { code: 'sp-z-oo', abbreviation: 'Sp. z o.o.', name: 'Spółka z ograniczoną odpowiedzialnością', kind: 'company', registered: true },
    { code: 'psa', abbreviation: 'P.S.A.', name: 'Prosta spółka akcyjna', kind: 'company', registered: true },
    { code: 'sa', abbreviation: 'S.A.', name: 'Spółka akcyjna', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Spółka europejska', kind: 'company', registered: true },
    { code: 'sp-j', abbreviation: 'Sp.j.', name: 'Spółka jawna', kind: 'partnership', registered: true },
    { code: 'sp-k', abbreviation: 'Sp.k.', name: 'Spółka komandytowa', kind: 'partnership', registered: true },
    { code: 'ska', abbreviation: 'S.K.A.', name: 'Spółka komandytowo-akcyjna', kind: 'partnership', registered: true },
    // Only the partners of a spółka cywilna are entered, each in CEIDG; the partnership itself is in no register.
    { code: 'sc', abbreviation: 's.c.', name: 'Spółka cywilna', kind: 'partnership', registered: false },
    // A JDG is entered in CEIDG, which gives no number of its own: the trader is known by NIP and REGON.
    { code: 'jdg', abbreviation: 'JDG', name: 'Jednoosobowa działalność gospodarcza', kind: 'sole_trader', registered: false },
  ],
  PT: [
    { code: 'lda', abbreviation: 'Lda.', name: 'Sociedade por quotas', kind: 'company', registered: true },
    { code: 'unipessoal-lda', abbreviation: 'Unipessoal Lda.', name: 'Sociedade unipessoal por quotas', kind: 'company', registered: true },
    { code: 'sa', abbreviation: 'S.A.', name: 'Sociedade anónima', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Sociedade anónima europeia', kind: 'company', registered: true },
    { code: 'snc', abbreviation: 'S.N.C.', name: 'Sociedade em nome coletivo', kind: 'partnership', registered: true },
    // An ENI usually registers only with the tax authority; the commercial registration is optional.
    { code: 'eni', abbreviation: 'ENI', name: 'Empresário em nome individual', kind: 'sole_trader', registered: false },
  ],
  RO: [
    { code: 'srl', abbreviation: 'SRL', name: 'Societate cu răspundere limitată', kind: 'company', registered: true },
    { code: 'sa', abbreviation: 'SA', name: 'Societate pe acțiuni', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Societate europeană', kind: 'company', registered: true },
    { code: 'snc', abbreviation: 'SNC', name: 'Societate în nume colectiv', kind: 'partnership', registered: true },
    { code: 'scs', abbreviation: 'SCS', name: 'Societate în comandită simplă', kind: 'partnership', registered: true },
    { code: 'pfa', abbreviation: 'PFA', name: 'Persoană fizică autorizată', kind: 'sole_trader', registered: true },
    { code: 'ii', abbreviation: 'II', name: 'Întreprindere individuală', kind: 'sole_trader', registered: true },
  ],
  SE: [
    { code: 'ab', abbreviation: 'AB', name: 'Aktiebolag', kind: 'company', registered: true },
    { code: 'ab-publ', abbreviation: 'AB (publ)', name: 'Publikt aktiebolag', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Europabolag', kind: 'company', registered: true },
    { code: 'hb', abbreviation: 'HB', name: 'Handelsbolag', kind: 'partnership', registered: true },
    { code: 'kb', abbreviation: 'KB', name: 'Kommanditbolag', kind: 'partnership', registered: true },
    // Registration in the handelsregister is voluntary; the organisation number is the personnummer.
    { code: 'enskild-firma', abbreviation: 'Enskild firma', name: 'Enskild näringsidkare', kind: 'sole_trader', registered: false },
  ],
  SI: [
    { code: 'doo', abbreviation: 'd.o.o.', name: 'Družba z omejeno odgovornostjo', kind: 'company', registered: true },
    { code: 'dd', abbreviation: 'd.d.', name: 'Delniška družba', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Evropska delniška družba', kind: 'company', registered: true },
    { code: 'dno', abbreviation: 'd.n.o.', name: 'Družba z neomejeno odgovornostjo', kind: 'partnership', registered: true },
    { code: 'kd', abbreviation: 'k.d.', name: 'Komanditna družba', kind: 'partnership', registered: true },
    { code: 'sp', abbreviation: 's.p.', name: 'Samostojni podjetnik posameznik', kind: 'sole_trader', registered: true },
  ],
  SK: [
    { code: 'sro', abbreviation: 's.r.o.', name: 'Spoločnosť s ručením obmedzeným', kind: 'company', registered: true },
    { code: 'jsa', abbreviation: 'j.s.a.', name: 'Jednoduchá spoločnosť na akcie', kind: 'company', registered: true },
    { code: 'as', abbreviation: 'a.s.', name: 'Akciová spoločnosť', kind: 'company', registered: true },
    { code: 'se', abbreviation: 'SE', name: 'Európska spoločnosť', kind: 'company', registered: true },
    { code: 'vos', abbreviation: 'v.o.s.', name: 'Verejná obchodná spoločnosť', kind: 'partnership', registered: true },
    { code: 'ks', abbreviation: 'k.s.', name: 'Komanditná spoločnosť', kind: 'partnership', registered: true },
    // The živnostenský register is a trade-licence register; the obchodný register is optional for a sole trader.
    { code: 'szco', abbreviation: 'SZČO', name: 'Samostatne zárobkovo činná osoba (živnostník)', kind: 'sole_trader', registered: false },
  ],
}; // prettier-ignore

/** The business register of each member state, in its own language. */
export const REGISTER_NAMES: Readonly<Record<CountryCode, string>> = {
  AT: 'Firmenbuch',
  BE: 'Kruispuntbank van Ondernemingen / Banque-Carrefour des Entreprises',
  BG: 'Търговски регистър и регистър на юридическите лица с нестопанска цел',
  CY: 'Μητρώο Εταιρειών (Τμήμα Εφόρου Εταιρειών και Διανοητικής Ιδιοκτησίας)',
  CZ: 'Obchodní rejstřík',
  DE: 'Handelsregister',
  DK: 'Det Centrale Virksomhedsregister (CVR)',
  EE: 'Äriregister',
  ES: 'Registro Mercantil',
  FI: 'Kaupparekisteri',
  FR: 'Registre national des entreprises (RNE) / Registre du commerce et des sociétés (RCS)',
  GR: 'Γενικό Εμπορικό Μητρώο (ΓΕΜΗ)',
  HR: 'Sudski registar',
  HU: 'Cégjegyzék',
  IE: 'Companies Registration Office (CRO) register',
  IT: 'Registro delle imprese',
  LT: 'Juridinių asmenų registras',
  LU: 'Registre de commerce et des sociétés (RCS)',
  LV: 'Uzņēmumu reģistrs (Komercreģistrs)',
  MT: 'Malta Business Registry',
  NL: 'Handelsregister (Kamer van Koophandel)',
  PL: 'Krajowy Rejestr Sądowy (KRS) / Centralna Ewidencja i Informacja o Działalności Gospodarczej (CEIDG)',
  PT: 'Registo Comercial',
  RO: 'Registrul Comerțului',
  SE: 'Bolagsverkets register (aktiebolagsregistret, handelsregistret)',
  SI: 'Poslovni register Slovenije',
  SK: 'Obchodný register',
};
