import { ed25519KeyPairOfSecret, generateEd25519SecretKeyMultibase } from '../certificates/credentials/multibase-key';
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

  it('runs the API as one process unless asked for more', () => {
    expect(loadConfig({})).toMatchObject({ API_PROCESSES: 1 });
    expect(loadConfig({ API_PROCESSES: '2' })).toMatchObject({ API_PROCESSES: 2 });
    expect(() => loadConfig({ API_PROCESSES: '0' })).toThrow('API_PROCESSES');
    expect(() => loadConfig({ API_PROCESSES: 'two' })).toThrow('API_PROCESSES must be a number of processes (got "two")');
  });

  it('opens introspection and GraphiQL outside production and closes them in production unless asked', () => {
    expect(loadConfig({})).toMatchObject({ GRAPHQL_INTROSPECTION: true, GRAPHQL_GRAPHIQL: true });
    const production = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars', CREDENTIAL_SIGNING_KEY: generateEd25519SecretKeyMultibase() };
    expect(loadConfig(production)).toMatchObject({ GRAPHQL_INTROSPECTION: false, GRAPHQL_GRAPHIQL: false });
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' })).toMatchObject({ GRAPHQL_INTROSPECTION: true, GRAPHQL_GRAPHIQL: false });
    expect(loadConfig({ GRAPHQL_GRAPHIQL: 'false' })).toMatchObject({ GRAPHQL_INTROSPECTION: true, GRAPHQL_GRAPHIQL: false });
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'off' })).toThrow('GRAPHQL_INTROSPECTION must be true or false (got "off")');
  });

  it('reads the credential signing key and the previous public keys, and wants a key of its own in production', () => {
    const key = generateEd25519SecretKeyMultibase();
    const previous = ed25519KeyPairOfSecret(generateEd25519SecretKeyMultibase()).publicKeyMultibase;
    expect(loadConfig({ CREDENTIAL_SIGNING_KEY: key, CREDENTIAL_PREVIOUS_PUBLIC_KEYS: ` key-2025=${previous} ` })).toMatchObject({
      CREDENTIAL_SIGNING_KEY: key,
      CREDENTIAL_PREVIOUS_PUBLIC_KEYS: [{ keyId: 'key-2025', publicKeyMultibase: previous }],
    });
    expect(() => loadConfig({ CREDENTIAL_SIGNING_KEY: 'z6MkqwLgCnaGepW1yuBQ261knuGcCEHsGBJv5pD25zdqVoCs' })).toThrow(
      'Invalid configuration: CREDENTIAL_SIGNING_KEY must be a multibase (z…) Ed25519 secret key, as Multikey secretKeyMultibase',
    );
    expect(() => loadConfig({ CREDENTIAL_PREVIOUS_PUBLIC_KEYS: 'key-2025=nope' })).toThrow('CREDENTIAL_PREVIOUS_PUBLIC_KEYS must be a comma-separated list');
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars' })).toThrow(
      'Invalid configuration: CREDENTIAL_SIGNING_KEY must be set to a key of your own in production',
    );
  });

  it('stores files on the local disk unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ STORAGE_DRIVER: 'local', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: true });
  });

  it('reads the S3-compatible storage settings', () => {
    const config = loadConfig({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://minio.internal:9000',
      S3_REGION: 'ap-southeast-1',
      S3_BUCKET: 'hocso-files',
      S3_ACCESS_KEY_ID: 'hocso',
      S3_SECRET_ACCESS_KEY: 'a-long-secret',
      S3_FORCE_PATH_STYLE: 'false',
      S3_PREFIX: 'bentre/lessons/',
    });
    expect(config).toMatchObject({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://minio.internal:9000',
      S3_REGION: 'ap-southeast-1',
      S3_BUCKET: 'hocso-files',
      S3_ACCESS_KEY_ID: 'hocso',
      S3_SECRET_ACCESS_KEY: 'a-long-secret',
      S3_FORCE_PATH_STYLE: false,
      S3_PREFIX: 'bentre/lessons/',
    });
  });

  it('accepts s3 without keys, leaving credentials to the AWS default chain', () => {
    const config = loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'hocso-files' });
    expect(config.S3_ACCESS_KEY_ID).toBeUndefined();
    expect(config.S3_SECRET_ACCESS_KEY).toBeUndefined();
  });

  it('bounds every database statement, lock wait and idle transaction, and reads the refresh-token reuse interval', () => {
    expect(loadConfig({})).toMatchObject({
      DATABASE_STATEMENT_TIMEOUT_MS: 30_000,
      DATABASE_LOCK_TIMEOUT_MS: 10_000,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 60_000,
      REFRESH_TOKEN_REUSE_INTERVAL_SECONDS: 10,
    });
    const config = loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_LOCK_TIMEOUT_MS: '2500', REFRESH_TOKEN_REUSE_INTERVAL_SECONDS: '0' });
    expect(config).toMatchObject({ DATABASE_STATEMENT_TIMEOUT_MS: 0, DATABASE_LOCK_TIMEOUT_MS: 2500, REFRESH_TOKEN_REUSE_INTERVAL_SECONDS: 0 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'Invalid configuration: PORT must be a port number (got "eighty")'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be between 1 and 65535 (got "70000")'],
    [{ DATABASE_URL: 'mysql://x' }, 'Invalid configuration: DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got "mysql://x")'],
    [{ REDIS_URL: 'localhost:6379' }, 'Invalid configuration: REDIS_URL must be a URL starting with redis:// or rediss:// (got "localhost:6379")'],
    [{ DEMO_MODE: 'maybe' }, 'Invalid configuration: DEMO_MODE must be true or false (got "maybe")'],
    [{ JWT_SECRET: 'short' }, 'Invalid configuration: JWT_SECRET must be at least 32 characters'],
    [{ NODE_ENV: 'production' }, 'Invalid configuration: JWT_SECRET must be set to a secret of your own in production'],
    [{ STORAGE_DRIVER: 'ftp' }, 'Invalid configuration: STORAGE_DRIVER must be local or s3 (got "ftp")'],
    [{ STORAGE_DRIVER: 's3' }, 'Invalid configuration: S3_BUCKET must be set when STORAGE_DRIVER is s3'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'a/b' }, 'Invalid configuration: S3_BUCKET must be a bucket name: 3–255 letters, digits, ".", "_" or "-" (got "a/b")'],
    [{ S3_ENDPOINT: 'minio:9000' }, 'Invalid configuration: S3_ENDPOINT must be a URL starting with http:// or https:// (got "minio:9000")'],
    [{ S3_FORCE_PATH_STYLE: 'sometimes' }, 'Invalid configuration: S3_FORCE_PATH_STYLE must be true or false (got "sometimes")'],
    [{ S3_PREFIX: '/hocso' }, 'Invalid configuration: S3_PREFIX must be lowercase letters, digits, ".", "_" or "-", in parts separated by "/" (got "/hocso")'],
    [{ S3_PREFIX: 'a/../b' }, 'Invalid configuration: S3_PREFIX must be lowercase letters, digits, ".", "_" or "-", in parts separated by "/" (got "a/../b")'],
    [{ S3_ACCESS_KEY_ID: 'AKIAEXAMPLE' }, 'Invalid configuration: S3_SECRET_ACCESS_KEY must be set together with S3_ACCESS_KEY_ID'],
    [{ S3_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI' }, 'Invalid configuration: S3_ACCESS_KEY_ID must be set together with S3_SECRET_ACCESS_KEY'],
    [{ DATABASE_LOCK_TIMEOUT_MS: '10s' }, 'Invalid configuration: DATABASE_LOCK_TIMEOUT_MS must be a number of milliseconds (got "10s")'],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: '-1' }, 'Invalid configuration: DATABASE_STATEMENT_TIMEOUT_MS must be 0 (off) or more milliseconds (got "-1")'],
    [{ EXAM_START_CONCURRENCY: '0' }, 'Invalid configuration: EXAM_START_CONCURRENCY must be at least 1 (got "0")'],
    [{ EXAM_START_CONCURRENCY: '30' }, 'Invalid configuration: EXAM_START_CONCURRENCY must be at most DATABASE_POOL_SIZE (20): more would only wait for a connection (got "30")'],
    [{ EXAM_START_MAX_WAIT_MS: '90000' }, 'Invalid configuration: EXAM_START_MAX_WAIT_MS must be between 0 (no waiting line) and 60000 milliseconds (got "90000")'],
    [{ REFRESH_TOKEN_REUSE_INTERVAL_SECONDS: '600' }, 'Invalid configuration: REFRESH_TOKEN_REUSE_INTERVAL_SECONDS must be between 0 (off) and 60 seconds (got "600")'],
  ])('stops on %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  it('runs exam starts a little under the database pool at once, and lets the others wait up to 8 s', () => {
    expect(loadConfig({})).toMatchObject({ EXAM_START_CONCURRENCY: 18, EXAM_START_MAX_WAIT_MS: 8000 });
    expect(loadConfig({ DATABASE_POOL_SIZE: '3' })).toMatchObject({ EXAM_START_CONCURRENCY: 2 });
    expect(loadConfig({ DATABASE_POOL_SIZE: '40', EXAM_START_CONCURRENCY: '40', EXAM_START_MAX_WAIT_MS: '0' })).toMatchObject({ EXAM_START_CONCURRENCY: 40, EXAM_START_MAX_WAIT_MS: 0 });
  });

  it('trusts no proxy by default, and reads a hop count or a list of proxy addresses and ranges', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'none' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 172.18.0.0/16,::1, fd00::/8, loopback' }).TRUST_PROXY).toEqual(['10.0.0.5', '172.18.0.0/16', '::1', 'fd00::/8', 'loopback']);
    for (const wrong of ['yes', '11', '10.0.0.0/33', '300.1.1.1', '10.0.0.0/8/1', 'example.org']) {
      expect(() => loadConfig({ TRUST_PROXY: wrong })).toThrow(
        `Invalid configuration: TRUST_PROXY must be none, a number of proxy hops (1–10) or a comma-separated list of proxy addresses and CIDR ranges (got "${wrong}")`,
      );
    }
  });

  it('throttles sign-in per account and address first, and per account only much later', () => {
    const config = loadConfig({});
    expect(config.LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP).toBe(5);
    expect(config.LOGIN_MAX_FAILURES_PER_ACCOUNT).toBeGreaterThanOrEqual(20 * config.LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP);
    expect(config).toMatchObject({ REGISTER_MAX_PER_IP: 20, REGISTER_THROTTLE_WINDOW_SECONDS: 3600, PASSWORD_CHANGE_MAX_PER_ACCOUNT: 5 });
  });
});
