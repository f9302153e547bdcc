import { I18nService } from './i18n.service';

describe('I18nService', () => {
  const i18n = new I18nService();

  it('fills variables in the requested language', () => {
    expect(i18n.translate('en', 'validation:minLength', { min: 12 })).toBe(
      'must be at least 12 characters long',
    );
    expect(i18n.translate('de', 'errors:payload-too-large.detail', { limit: 1024 })).toContain(
      '1024',
    );
  });

  it('names countries in each language through the countries namespace', () => {
    expect(i18n.translate('de', 'countries:DE')).toBe('Deutschland');
    expect(i18n.translate('fr', 'countries:DE')).toBe('Allemagne');
    expect(i18n.translate('el', 'countries:GR')).toBe('Ελλάδα');
  });

  it('knows which keys exist', () => {
    expect(i18n.has('errors:email-taken.title')).toBe(true);
    expect(i18n.has('errors:no-such-problem.title')).toBe(false);
  });
});
