import type { CountryCode } from '@app/compliance';
import request from 'supertest';
import type { App } from 'supertest/types';
import { signUp, type SignedIn } from './support/accounts';
import { PDF_BYTES } from './support/fixtures';
import { approvedVendor } from './support/vendors';
import { startTestSystemWithAdmin, type TestSystem } from './support/test-system';

/** Words of English explanations, which must not reach a seller reading another language. */
const ENGLISH =
  /\b(the|and|or|of|with|digits?|letters?|number|court|check|since|before|for example|registration|company|partnership|up to|characters?|starting|serial|county|holder)\b/i;

interface Requirement {
  field: string;
  required: boolean;
  example?: string;
  whenCategories?: string[];
}

interface Requirements {
  fields: Requirement[];
  documents: Array<{ type: string; required: boolean }>;
}

/**
 * A new seller of one legal form, typing its register number as its letterhead shows it, and a
 * typo of it (one changed character) that must be refused on the register number alone.
 */
interface Seller {
  country: CountryCode;
  legalForm: string;
  language: string;
  registerNumber?: string;
  stored?: string;
  vatId?: string;
  typo?: { value: string; code: 'identifierFormat' | 'identifierChecksum'; message: string };
}

const SELLERS: Seller[] = [
  {
    country: 'DE',
    legalForm: 'gmbh',
    language: 'de',
    registerNumber: 'HRB 12345, Amtsgericht Charlottenburg',
    stored: 'Berlin (Charlottenburg) HRB 12345',
    // A GmbH is in section B; the number of a partnership (section A) is not hers.
    typo: {
      value: 'HRA 12345, Amtsgericht Charlottenburg',
      code: 'identifierFormat',
      message: 'hat nicht das erwartete Format, zum Beispiel München HRB 86891',
    },
  },
  {
    country: 'DE',
    legalForm: 'ug',
    language: 'de',
    registerNumber: 'Amtsgericht Charlottenburg HR B 12345',
    stored: 'Berlin (Charlottenburg) HRB 12345',
  },
  {
    country: 'DE',
    legalForm: 'ag',
    language: 'de',
    registerNumber: 'HRB-12345, AG München',
    stored: 'München HRB 12345',
  },
  {
    country: 'PL',
    legalForm: 'sp-z-oo',
    language: 'pl',
    registerNumber: 'KRS 0000912345',
    stored: '0000912345',
    typo: {
      value: 'KRS 000091234',
      code: 'identifierFormat',
      message: 'nie ma oczekiwanego formatu, np. 0000123456',
    },
  },
  { country: 'PL', legalForm: 'jdg', language: 'pl' },
  {
    country: 'FR',
    legalForm: 'sas',
    language: 'fr',
    registerNumber: 'RCS Paris B 732 829 320',
    stored: '732829320',
    typo: {
      value: 'RCS Paris B 732 829 330',
      code: 'identifierChecksum',
      message:
        'comporte une clé de contrôle non valide ; vérifiez le numéro (par exemple 732829320)',
    },
  },
  {
    country: 'MT',
    legalForm: 'en-nom-collectif',
    language: 'en',
    registerNumber: 'P 1234',
    stored: 'P 1234',
    // C is the letter of companies; a partnership's number starts with P.
    typo: {
      value: 'C 1234',
      code: 'identifierFormat',
      message: 'does not have the expected format, for example P 1234',
    },
  },
  {
    country: 'IT',
    legalForm: 'srl',
    language: 'it',
    registerNumber: 'C.F. 00743110157',
    stored: '00743110157',
    typo: {
      value: '00743110167',
      code: 'identifierChecksum',
      message:
        'ha una cifra di controllo non valida; verificare il numero (ad esempio 00743110157)',
    },
  },
  {
    country: 'IT',
    legalForm: 'ditta-individuale',
    language: 'it',
    registerNumber: 'RCCMNL83S18D969H',
    stored: 'RCCMNL83S18D969H',
    typo: {
      value: 'RCCMNL83S18D968H',
      code: 'identifierChecksum',
      message:
        'ha una cifra di controllo non valida; verificare il numero (ad esempio RCCMNL83S18D969H)',
    },
  },
  {
    country: 'RO',
    legalForm: 'srl',
    language: 'ro',
    registerNumber: 'J2012000750528',
    stored: 'J2012000750528',
    typo: {
      value: 'J2012000760528',
      code: 'identifierChecksum',
      message: 'are o cifră de control nevalidă; verificați numărul (de exemplu J2012000750528)',
    },
  },
  {
    country: 'RO',
    legalForm: 'pfa',
    language: 'ro',
    registerNumber: 'Nr. ORC F2025000412006',
    stored: 'F2025000412006',
  },
  {
    country: 'HU',
    legalForm: 'ev',
    language: 'hu',
    registerNumber: 'Nysz. 56473829',
    stored: '56473829',
    typo: {
      value: '5647382',
      code: 'identifierFormat',
      message: 'nem a várt formátumú; helyes példa: 56473829',
    },
  },
  {
    country: 'ES',
    legalForm: 'cb',
    language: 'es',
    // A comunidad de bienes is in no register, but its NIF (letter E) identifies it.
    registerNumber: 'CIF E-12345674',
    stored: 'E12345674',
    vatId: 'ESE12345674',
    typo: {
      value: 'E12345684',
      code: 'identifierChecksum',
      message: 'tiene un dígito de control no válido; compruebe el número (por ejemplo E12345674)',
    },
  },
  {
    country: 'ES',
    legalForm: 'sau',
    language: 'es',
    registerNumber: 'A-28015865',
    stored: 'A28015865',
    typo: {
      value: 'A28015875',
      code: 'identifierChecksum',
      message: 'tiene un dígito de control no válido; compruebe el número (por ejemplo A28015865)',
    },
  },
  {
    country: 'CY',
    legalForm: 'ltd',
    language: 'el',
    registerNumber: 'ΗΕ 123456',
    stored: 'HE 123456',
    typo: {
      value: 'HE 1234567',
      code: 'identifierFormat',
      message: 'δεν έχει την αναμενόμενη μορφή, π.χ. HE 123456',
    },
  },
  {
    country: 'BG',
    legalForm: 'eood',
    language: 'bg',
    registerNumber: 'ЕИК 831919536',
    stored: '831919536',
    typo: {
      value: '831919546',
      code: 'identifierChecksum',
      message: 'има невалидна контролна цифра; моля, проверете номера (например 175074752)',
    },
  },
];

describe('onboarding per legal form, as a new seller types it (e2e)', () => {
  let system: TestSystem;
  let http: App;

  let admin: SignedIn;

  beforeAll(async () => {
    ({ system, http, admin } = await startTestSystemWithAdmin());
  });
  afterAll(() => system?.stop());

  const requirementsOf = async (country: string, legalForm: string, language: string) =>
    (
      await request(http)
        .get(`/v1/markets/${country}/onboarding-requirements?legalForm=${legalForm}`)
        .set('Accept-Language', language)
        .expect(200)
    ).body as Requirements;

  /** Everything the requirements ask for, from their examples, but the register number. */
  function bodyFor(seller: Seller, requirements: Requirements): Record<string, unknown> {
    const example = (field: string) => requirements.fields.find((f) => f.field === field)?.example;
    const registrations: Record<string, Record<string, string>> = {};
    for (const requirement of requirements.fields) {
      const [head, market, duty] = requirement.field.split('.');
      if (head === 'registrations' && !requirement.whenCategories && requirement.example)
        registrations[market] = { [duty]: requirement.example };
    }
    return {
      country: seller.country,
      legalForm: seller.legalForm,
      legalName: `Example ${seller.legalForm} ${seller.country}`,
      registeredAddress: {
        line1: 'Example Street 1',
        postalCode: '1000',
        city: 'Capital',
        country: seller.country,
      },
      ...(seller.registerNumber ? { registerNumber: seller.registerNumber } : {}),
      ...(seller.vatId ? { vatId: seller.vatId } : {}),
      iban: example('iban'),
      accountHolder: `Example ${seller.country}`,
      contactEmail: `orders-${seller.country.toLowerCase()}@example.eu`,
      contactPhone: example('contactPhone'),
      representative: { firstName: 'Alex', lastName: 'Example', dateOfBirth: '1980-01-01' },
      preferredLanguage: seller.language,
      categories: ['home-garden'],
      selfCertification: true,
      registrations,
    };
  }

  async function uploadRequired(owner: SignedIn, vendorId: string, requirements: Requirements) {
    for (const document of requirements.documents.filter((d) => d.required))
      await request(http)
        .post(`/v1/vendors/${vendorId}/documents`)
        .set(owner.auth)
        .field('type', document.type)
        .attach('file', PDF_BYTES, `${document.type}.pdf`)
        .expect(201);
  }

  const stored = async (vendorId: string) =>
    (
      await system.dataSource.query(
        'SELECT register_number, legal_form, updated_at FROM vendors WHERE id = $1',
        [vendorId],
      )
    )[0] as { register_number: string | null; legal_form: string; updated_at: Date };

  it.each(SELLERS.map((seller) => [seller.country, seller.legalForm, seller] as const))(
    'a %s %s creates, completes and submits its vendor; a typo in its number is refused',
    async (_country, _form, seller) => {
      const owner = await signUp(http, 'seller', seller.language);
      const requirements = await requirementsOf(seller.country, seller.legalForm, seller.language);
      const { registerNumber, ...body } = bodyFor(seller, requirements);
      // Created with part of the data, completed with PATCH, as a seller fills in a form.
      const created = await request(http)
        .post('/v1/vendors')
        .set(owner.auth)
        .set('Accept-Language', seller.language)
        .send({ ...body, iban: undefined });
      expect({ status: created.status, errors: created.body.errors }).toEqual({
        status: 201,
        errors: undefined,
      });
      const vendorId = created.body.id as string;
      const completed = await request(http)
        .patch(`/v1/vendors/${vendorId}`)
        .set(owner.auth)
        .set('Accept-Language', seller.language)
        .send({ iban: body.iban, ...(registerNumber ? { registerNumber } : {}) });
      expect({ status: completed.status, errors: completed.body.errors }).toEqual({
        status: 200,
        errors: undefined,
      });
      expect(completed.body.registerNumber).toBe(seller.stored ?? null);

      if (seller.typo) {
        const before = await stored(vendorId);
        const refused = await request(http)
          .patch(`/v1/vendors/${vendorId}`)
          .set(owner.auth)
          .set('Accept-Language', seller.language)
          .send({ registerNumber: seller.typo.value })
          .expect(400);
        expect(refused.body.errors).toEqual([
          { field: 'registerNumber', code: seller.typo.code, message: seller.typo.message },
        ]);
        expect(await stored(vendorId)).toEqual(before);
      }

      await uploadRequired(owner, vendorId, requirements);
      const submitted = await request(http)
        .post(`/v1/vendors/${vendorId}/submit`)
        .set(owner.auth)
        .set('Accept-Language', seller.language);
      expect({ status: submitted.status, errors: submitted.body.errors }).toEqual({
        status: 200,
        errors: undefined,
      });
      expect(submitted.body).toMatchObject({
        status: 'submitted',
        registerNumber: seller.stored ?? null,
      });
    },
  );

  describe('the legal form’s number, not any number of the country, on create and on PATCH', () => {
    // Each value is a valid number of another legal form of the same country.
    const OTHER_FORMS_NUMBERS = [
      ['IT', 'srl', '00743110157', 'RCCMNL83S18D969H', '00743110157'],
      ['IT', 'ditta-individuale', 'RCCMNL83S18D969H', '00743110157', 'RCCMNL83S18D969H'],
      ['HU', 'kft', 'Cg. 01-09-562739', '56473829', '01-09-562739'],
      ['HU', 'ev', '56473829', '01-09-562739', '56473829'],
      ['MT', 'ltd', 'C 12345', 'P 1234', 'C 12345'],
      ['MT', 'en-nom-collectif', 'P 1234', 'C 12345', 'P 1234'],
      ['RO', 'srl', 'J2012000750528', 'F2025000412006', 'J2012000750528'],
      ['RO', 'pfa', 'F2025000412006', 'J2012000750528', 'F2025000412006'],
      // A JDG is in CEIDG, which numbers nothing: its NIP identifies it, a KRS number is not its.
      ['PL', 'jdg', 'NIP 526-104-08-28', 'KRS 0000912345', '5261040828'],
      ['ES', 'sau', 'A28015865', 'B86561412', 'A28015865'],
    ] as const;

    it.each(OTHER_FORMS_NUMBERS)(
      'a %s %s with %s is refused %s, on create and on PATCH, and nothing is written',
      async (country, legalForm, own, foreign, normalized) => {
        const owner = await signUp(http, 'seller');
        const requirements = await requirementsOf(country, legalForm, 'en');
        const seller: Seller = { country, legalForm, language: 'en' };
        const body = bodyFor(seller, requirements);
        const example = registerExampleOf(requirements, country, legalForm);

        const before = await vendorCount();
        const refusedCreate = await request(http)
          .post('/v1/vendors')
          .set(owner.auth)
          .send({ ...body, registerNumber: foreign })
          .expect(400);
        expect(refusedCreate.body.errors).toEqual([
          {
            field: 'registerNumber',
            code: 'identifierFormat',
            message: `does not have the expected format, for example ${example}`,
          },
        ]);
        expect(await vendorCount()).toBe(before);

        const created = await request(http)
          .post('/v1/vendors')
          .set(owner.auth)
          .send({ ...body, registerNumber: own })
          .expect(201);
        const vendorId = created.body.id as string;
        expect(created.body.registerNumber).toBe(normalized);
        const unchanged = await stored(vendorId);
        const refusedPatch = await request(http)
          .patch(`/v1/vendors/${vendorId}`)
          .set(owner.auth)
          .send({ registerNumber: foreign })
          .expect(400);
        expect(refusedPatch.body.errors).toEqual(refusedCreate.body.errors);
        expect(await stored(vendorId)).toEqual(unchanged);

        // PATCH and submission agree: the seller's own number goes through both.
        await request(http)
          .patch(`/v1/vendors/${vendorId}`)
          .set(owner.auth)
          .send({ registerNumber: own })
          .expect(200);
        await uploadRequired(owner, vendorId, requirements);
        const submitted = await request(http)
          .post(`/v1/vendors/${vendorId}/submit`)
          .set(owner.auth);
        expect({ status: submitted.status, errors: submitted.body.errors }).toEqual({
          status: 200,
          errors: undefined,
        });
      },
    );

    it('checks the stored number against a new legal form, so a PATCH cannot leave a mismatch for submission', async () => {
      const owner = await signUp(http, 'seller', 'hu');
      const requirements = await requirementsOf('HU', 'kft', 'hu');
      const body = bodyFor({ country: 'HU', legalForm: 'kft', language: 'hu' }, requirements);
      const created = await request(http)
        .post('/v1/vendors')
        .set(owner.auth)
        .send({ ...body, registerNumber: '01-09-562739' })
        .expect(201);
      const vendorId = created.body.id as string;
      const unchanged = await stored(vendorId);

      const refused = await request(http)
        .patch(`/v1/vendors/${vendorId}`)
        .set(owner.auth)
        .set('Accept-Language', 'hu')
        .send({ legalForm: 'ev' })
        .expect(400);
      expect(refused.body.errors).toEqual([
        {
          field: 'registerNumber',
          code: 'identifierFormat',
          message: 'nem a várt formátumú; helyes példa: 56473829',
        },
      ]);
      expect(await stored(vendorId)).toEqual(unchanged);

      const changed = await request(http)
        .patch(`/v1/vendors/${vendorId}`)
        .set(owner.auth)
        .send({ legalForm: 'ev', registerNumber: 'Nysz. 56473829' })
        .expect(200);
      expect(changed.body).toMatchObject({ legalForm: 'ev', registerNumber: '56473829' });
    });
  });

  const vendorCount = async () =>
    Number((await system.dataSource.query('SELECT count(*) FROM vendors'))[0].count);

  function registerExampleOf(requirements: Requirements, country: string, legalForm: string) {
    const example = requirements.fields.find((f) => f.field === 'registerNumber')?.example;
    if (!example) throw new Error(`no register number example for ${country} ${legalForm}`);
    return example;
  }

  describe('messages in the seller’s language carry no English', () => {
    const LANGUAGES = ['de', 'fr', 'pl', 'it'];
    const FORMS = [
      ['DE', 'gmbh'],
      ['FR', 'sas'],
      ['AT', 'gmbh'],
      ['ES', 'sl'],
      ['PL', 'sp-z-oo'],
    ] as const;

    it.each(FORMS)(
      'the requirements of a %s %s: labels, help, formats and legal bases',
      async (country, legalForm) => {
        for (const language of LANGUAGES) {
          const response = await request(http)
            .get(`/v1/markets/${country}/onboarding-requirements?legalForm=${legalForm}`)
            .set('Accept-Language', language)
            .expect(200);
          const texts = [
            ...(response.body.fields as Array<Record<string, string | undefined>>).flatMap(
              (field) => [field.label, field.help, field.format, field.legalBasis],
            ),
            ...(response.body.documents as Array<{ label: string; help: string }>).flatMap(
              (document) => [document.label, document.help],
            ),
          ].filter((text): text is string => text !== undefined);
          expect({ language, english: texts.filter((text) => ENGLISH.test(text)) }).toEqual({
            language,
            english: [],
          });
        }
      },
    );

    it('cites the national acts by act and article', async () => {
      const legalBases = async (country: string, legalForm: string) =>
        Object.fromEntries(
          (
            (
              await request(http)
                .get(`/v1/markets/${country}/onboarding-requirements?legalForm=${legalForm}`)
                .set('Accept-Language', 'pl')
                .expect(200)
            ).body.fields as Array<{ field: string; legalBasis?: string }>
          )
            .filter((field) => field.legalBasis)
            .map((field) => [field.field, field.legalBasis]),
        );
      expect(await legalBases('DE', 'gmbh')).toEqual({
        selfCertification: 'Rozporządzenie (UE) 2022/2065, art. 30(1)(e)',
        'registrations.DE.packaging': 'VerpackG §9',
        'registrations.DE.weee': 'ElektroG §6(1)',
        'registrations.DE.batteries': 'BattDG §5(1)',
      });
      expect(await legalBases('FR', 'sas')).toMatchObject({
        'registrations.FR.eprUin': "Code de l'environnement, art. L.541-10-13",
      });
      expect(await legalBases('ES', 'sl')).toMatchObject({
        'registrations.ES.packagingProducerRegister': 'Real Decreto 1055/2022, art. 15',
      });
    });

    it.each(LANGUAGES)('the 422 of an incomplete submission, in %s', async (language) => {
      const owner = await signUp(http, 'seller', language);
      const before = await vendorCount();
      const created = await request(http)
        .post('/v1/vendors')
        .set(owner.auth)
        .send({
          country: 'DE',
          legalForm: 'gmbh',
          legalName: 'Halb Fertig GmbH',
          registerNumber: 'HRB 12345',
          categories: ['electronics'],
        })
        .expect(400);
      // A German number without its court is no number: the court is part of it (§ 8 HGB).
      expect(created.body.errors).toEqual([
        {
          field: 'registerNumber',
          code: 'registerCourt',
          message:
            'must name the registration court (Amtsgericht) with the register and number, for example München HRB 86891',
        },
      ]);
      expect(await vendorCount()).toBe(before);
      const draft = await request(http)
        .post('/v1/vendors')
        .set(owner.auth)
        .send({ country: 'DE', legalForm: 'gmbh', categories: ['electronics'] })
        .expect(201);
      const response = await request(http)
        .post(`/v1/vendors/${draft.body.id}/submit`)
        .set(owner.auth)
        .set('Accept-Language', language)
        .expect(422);
      const messages = (response.body.errors as Array<{ message: string }>).map((e) => e.message);
      expect(messages.length).toBeGreaterThan(5);
      expect(messages.filter((message) => ENGLISH.test(message))).toEqual([]);
      expect(ENGLISH.test(`${response.body.title} ${response.body.detail}`)).toBe(false);
    });

    it('the 422 of a product missing a market’s registration cites the act alone, in every language', async () => {
      const owner = await signUp(http, 'seller', 'de');
      const vendorId = await approvedVendor(http, owner, admin);
      const text = {
        title: 'Telefon',
        description: 'Ein Telefon',
        safetyInformation: 'Trocken halten.',
      };
      const created = await request(http)
        .post(`/v1/vendors/${vendorId}/products`)
        .set(owner.auth)
        .send({
          category: 'phones',
          gtin: '4006381333931',
          images: ['https://images.example.eu/phone.jpg'],
          translations: { de: text },
          manufacturer: {
            name: 'Telefonwerke AG',
            address: 'Werkstraße 1, 95100 Selb',
            email: 'safety@telefon.example',
            country: 'DE',
          },
          offers: [{ prices: [{ amount: 29900, currency: 'EUR' }], stock: 3, markets: ['DE'] }],
        })
        .expect(201);
      // The message names the vendor field and the call that adds it.
      const fix = `PUT /v1/vendors/${vendorId}/registrations/DE`;
      const expected: Record<string, string> = {
        de: `dieser Markt verlangt für dieses Produkt eine Registrierungsnummer (ElektroG §6(1)); ergänzen Sie sie bei Ihrem Händler als registrations.DE.weee mit ${fix}`,
        fr: `ce marché exige un numéro d'enregistrement pour ce produit (ElektroG §6(1)) ; ajoutez-le à votre vendeur comme registrations.DE.weee avec ${fix}`,
        pl: `ten rynek wymaga numeru rejestracyjnego dla tego produktu (ElektroG §6(1)); należy dodać go do sprzedawcy jako registrations.DE.weee przez ${fix}`,
        it: `questo mercato richiede un numero di registrazione per questo prodotto (ElektroG §6(1)); aggiungerlo al suo venditore come registrations.DE.weee con ${fix}`,
      };
      for (const language of LANGUAGES) {
        const response = await request(http)
          .post(`/v1/products/${created.body.id}/submit`)
          .set(owner.auth)
          .set('Accept-Language', language)
          .expect(422);
        expect(response.body.errors).toEqual([
          {
            field: 'markets.DE.registrations.weee',
            code: 'registrationMissing',
            message: expected[language],
          },
        ]);
      }
    });
  });
});
