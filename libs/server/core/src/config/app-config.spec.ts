import { ConfigError, loadConfig, publicUrlOf } from './app-config';

describe('configuration from the environment', () => {
  it('runs on defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, REDIS_URL: 'redis://127.0.0.1:6379', DEMO_PASSWORD: 'HocSo@2026', DEMO_MODE: false });
    expect(publicUrlOf(config)).toBe('http://localhost:3000');
  });

  it('reads and converts the values it is given', () => {
    const config = loadConfig({ PORT: '8080', DEMO_MODE: 'true', PUBLIC_URL: 'https://hocso.bentre.gov.vn/', SMTP_HOST: 'smtp.bentre.gov.vn' });
    expect(config).toMatchObject({ PORT: 8080, DEMO_MODE: true, SMTP_HOST: 'smtp.bentre.gov.vn' });
    expect(publicUrlOf(config)).toBe('https://hocso.bentre.gov.vn');
  });

  it.each([
    [{ PORT: 'eighty' }, 'Invalid configuration: PORT must be a port number (got "eighty")'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be between 1 and 65535 (got "70000")'],
    [{ DATABASE_URL: 'mysql://x' }, 'Invalid configuration: DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got "mysql://x")'],
    [{ REDIS_URL: 'localhost:6379' }, 'Invalid configuration: REDIS_URL must be a URL starting with redis:// or rediss:// (got "localhost:6379")'],
    [{ DEMO_MODE: 'maybe' }, 'Invalid configuration: DEMO_MODE must be true or false (got "maybe")'],
    [{ JWT_SECRET: 'short' }, 'Invalid configuration: JWT_SECRET must be at least 32 characters'],
    [{ NODE_ENV: 'production' }, 'Invalid configuration: JWT_SECRET must be set to a secret of your own in production'],
  ])('stops on %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });
});
