import { ConfigurationError, loadConfig, PUBLIC_JWT_SECRETS } from './app-config';

const strongSecret = 'a'.repeat(40);

describe('loadConfig', () => {
  it('gives working local defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/marketplace',
      REDIS_URL: 'redis://127.0.0.1:6379',
      MIGRATIONS_RUN: true,
    });
    // No shared default: the API generates a secret per installation (auth/jwt-secret.ts).
    expect(config.JWT_SECRET).toBeUndefined();
  });

  it('reads and coerces values from the environment, treating empty ones as unset', () => {
    const config = loadConfig({ PORT: '8080', MIGRATIONS_RUN: 'false', LOG_LEVEL: '' });
    expect(config.PORT).toBe(8080);
    expect(config.MIGRATIONS_RUN).toBe(false);
    expect(config.LOG_LEVEL).toBe('info');
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be an integer (got "abc")'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be at most 65535 (got "70000")'],
    [
      { DATABASE_URL: 'mysql://x/y' },
      'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x/y")',
    ],
    [
      { REDIS_URL: 'localhost:6379' },
      'Invalid configuration: REDIS_URL must be a redis:// or rediss:// URL (got "localhost:6379")',
    ],
    [{ LOG_LEVEL: 'loud' }, 'Invalid configuration: LOG_LEVEL'],
    [{ JWT_SECRET: 'short' }, 'Invalid configuration: JWT_SECRET must be at least 32 characters'],
    [{ NODE_ENV: 'production' }, 'Invalid configuration: JWT_SECRET must be set in production'],
    [
      { ADMIN_EMAIL: 'admin@example.eu' },
      'Invalid configuration: ADMIN_PASSWORD must be set together',
    ],
    [{ ADMIN_PASSWORD: 'x'.repeat(20) }, 'Invalid configuration: ADMIN_EMAIL must be set together'],
    // Express refused these only when the API started, with "invalid IP address: yes".
    [{ TRUST_PROXY: 'yes' }, 'Invalid configuration: TRUST_PROXY must be true, false, a hop count'],
    [{ TRUST_PROXY: 'loopback, 10.0.0.0/33' }, 'Invalid configuration: TRUST_PROXY'],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigurationError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it.each(PUBLIC_JWT_SECRETS)(
    'refuses the published JWT secret %s in every environment',
    (secret) => {
      for (const NODE_ENV of ['development', 'test']) {
        expect(() => loadConfig({ NODE_ENV, JWT_SECRET: secret })).toThrow(
          'Invalid configuration: JWT_SECRET must not be a value published in this repository',
        );
      }
    },
  );

  it('limits failed logins per account and IP well below the per-account ceiling', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: 5,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: 50,
      LOGIN_MAX_FAILURES_PER_IP: 30,
    });
  });

  it.each([
    'loopback',
    'true',
    'false',
    '2',
    '10.0.0.0/8, loopback',
    '192.0.2.1',
    'fc00::/7',
    '10.0.0.0/255.0.0.0',
  ])('accepts TRUST_PROXY=%s, as Express does', (TRUST_PROXY) => {
    expect(loadConfig({ TRUST_PROXY }).TRUST_PROXY).toBe(TRUST_PROXY);
  });

  it('never echoes a secret value', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' })).toThrow(/^((?!short-secret).)*$/);
  });

  it('accepts production with a real secret', () => {
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: strongSecret,
        VIES_API_BASE: 'https://vies.example.eu',
      }).NODE_ENV,
    ).toBe('production');
  });
});
