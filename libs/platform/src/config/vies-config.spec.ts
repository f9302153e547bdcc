import { ConfigurationError, loadConfig } from './app-config';

const productionSecret = 'p'.repeat(40);

describe('VIES_API_BASE', () => {
  it('is unset by default, so development and tests never call VIES', () => {
    expect(loadConfig({}).VIES_API_BASE).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test' }).VIES_API_BASE).toBeUndefined();
    expect(loadConfig({ VIES_API_BASE: '' }).VIES_API_BASE).toBeUndefined();
  });

  it('is taken as configured', () => {
    expect(loadConfig({ VIES_API_BASE: 'http://127.0.0.1:4010' }).VIES_API_BASE).toBe(
      'http://127.0.0.1:4010',
    );
  });

  it('is required in production, and the error names it', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: productionSecret };
    expect(() => loadConfig(production)).toThrow(ConfigurationError);
    expect(() => loadConfig(production)).toThrow(
      'Invalid configuration: VIES_API_BASE must be set in production',
    );
    expect(
      loadConfig({ ...production, VIES_API_BASE: 'https://vies.example.eu/rest-api' })
        .VIES_API_BASE,
    ).toBe('https://vies.example.eu/rest-api');
  });

  it('must be a URL', () => {
    expect(() => loadConfig({ VIES_API_BASE: 'vies' })).toThrow(
      'Invalid configuration: VIES_API_BASE',
    );
  });
});
