import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { DEVELOPMENT_CREDENTIAL_SIGNING_KEY, ed25519KeyPairOfSecret, isEd25519PublicKeyMultibase } from '../certificates/credentials/multibase-key';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce
  .number({ message: 'must be a port number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const url = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

/** A PostgreSQL timeout in milliseconds; 0 turns it off. */
const milliseconds = z.coerce
  .number({ message: 'must be a number of milliseconds' })
  .int('must be a whole number of milliseconds')
  .min(0, 'must be 0 (off) or more milliseconds')
  .max(86_400_000, 'must be at most 86400000 (a day)');

const trustProxy = z.string().transform((value, ctx): TrustProxy => {
  const parsed = parseTrustProxy(value);
  if (parsed !== null) return parsed;
  ctx.addIssue({ code: 'custom', message: 'must be none, a number of proxy hops (1–10) or a comma-separated list of proxy addresses and CIDR ranges' });
  return z.NEVER;
});

const credentialSigningKey = z.string().refine((value) => {
  try {
    ed25519KeyPairOfSecret(value);
    return true;
  } catch {
    return false;
  }
}, 'must be a multibase (z…) Ed25519 secret key, as Multikey secretKeyMultibase');

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** `key-2025=z6Mk…,key-2024=z6Mk…`: the public keys that signed earlier credentials, kept in the DID document. */
const previousPublicKeys = z.string().transform((value, ctx): Array<{ keyId: string; publicKeyMultibase: string }> => {
  const keys = value.split(',').map((pair) => pair.trim()).filter(Boolean).map((pair) => {
    const [keyId = '', publicKeyMultibase = ''] = pair.split('=').map((part) => part.trim());
    return { keyId, publicKeyMultibase };
  });
  if (keys.some((key) => !KEY_ID.test(key.keyId) || !isEd25519PublicKeyMultibase(key.publicKeyMultibase))) {
    ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of keyId=publicKeyMultibase (an Ed25519 Multikey, z6Mk…)' });
    return z.NEVER;
  }
  return keys;
});

const DEV_JWT_SECRET = 'hocso-development-secret-change-me-0123456789';

export const appConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' }).default('development'),
    PORT: port.default(3000),
    HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: z.coerce.number({ message: 'must be a number of seconds' }).int().min(1).max(240).default(65),
    API_PROCESSES: z.coerce.number({ message: 'must be a number of processes' }).int().min(1).max(64).default(1),
    PUBLIC_URL: url(['http:', 'https:']).optional(),
    TRUST_PROXY: trustProxy.default(false),
    DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://postgres@127.0.0.1:5432/hocso'),
    DATABASE_POOL_SIZE: z.coerce.number({ message: 'must be a number' }).int().min(1).max(500).default(20),
    DATABASE_STATEMENT_TIMEOUT_MS: milliseconds.default(30_000),
    DATABASE_LOCK_TIMEOUT_MS: milliseconds.default(10_000),
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds.default(60_000),
    REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z.string().regex(/^[a-zA-Z0-9:_-]{1,64}$/, 'must be 1–64 letters, digits, ":", "_" or "-"').default('hocso'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_JWT_SECRET),
    CREDENTIAL_SIGNING_KEY: credentialSigningKey.default(DEVELOPMENT_CREDENTIAL_SIGNING_KEY),
    CREDENTIAL_KEY_ID: z.string().regex(KEY_ID, 'must be 1–64 letters, digits, ".", "_" or "-"').optional(),
    CREDENTIAL_PREVIOUS_PUBLIC_KEYS: previousPublicKeys.default([]),
    CERTIFICATE_ISSUER_NAME: z.string().trim().min(1).max(200).default('Sở Thông tin và Truyền thông (HocSo)'),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number({ message: 'must be a number' }).int().min(30).max(86400).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(365).default(30),
    REFRESH_TOKEN_REUSE_INTERVAL_SECONDS: z.coerce
      .number({ message: 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .min(0, 'must be between 0 (off) and 60 seconds')
      .max(60, 'must be between 0 (off) and 60 seconds')
      .default(10),
    PASSWORD_LINK_TTL_HOURS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(720).default(72),
    LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: z.coerce.number({ message: 'must be a number' }).int().min(1).default(5),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number({ message: 'must be a number' }).int().min(1).default(100),
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number({ message: 'must be a number' }).int().min(1).default(50),
    LOGIN_THROTTLE_WINDOW_SECONDS: z.coerce.number({ message: 'must be a number' }).int().min(1).default(900),
    REGISTER_MAX_PER_IP: z.coerce.number({ message: 'must be a number' }).int().min(1).default(20),
    REGISTER_THROTTLE_WINDOW_SECONDS: z.coerce.number({ message: 'must be a number' }).int().min(1).default(3600),
    PASSWORD_CHANGE_MAX_PER_ACCOUNT: z.coerce.number({ message: 'must be a number' }).int().min(1).default(5),
    PASSWORD_RESET_LINK_TTL_MINUTES: z.coerce.number({ message: 'must be a number of minutes' }).int().min(5).max(1440).default(60),
    PASSWORD_RESET_CODE_TTL_MINUTES: z.coerce.number({ message: 'must be a number of minutes' }).int().min(1).max(60).default(15),
    ONE_TIME_CODE_MAX_ATTEMPTS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(20).default(5),
    PASSWORD_RESET_MAX_PER_ACCOUNT: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100).default(5),
    PASSWORD_RESET_MAX_PER_IP: z.coerce.number({ message: 'must be a number' }).int().min(1).default(30),
    PASSWORD_RESET_THROTTLE_WINDOW_SECONDS: z.coerce.number({ message: 'must be a number' }).int().min(60).default(3600),
    ACTIVATION_CODE_TTL_DAYS: z.coerce.number({ message: 'must be a number of days' }).int().min(1).max(365).default(30),
    CREDENTIAL_CHECK_MAX_PER_IP: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100_000).default(60),
    CREDENTIAL_CHECK_WINDOW_SECONDS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(86_400).default(600),
    CREDENTIAL_CHECK_CONCURRENCY: z.coerce.number({ message: 'must be a number' }).int().min(1).max(64).default(4),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: port.default(587),
    SMTP_SECURE: booleanFlag.default(false),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    SMTP_FROM: z.string().default('HocSo <no-reply@hocso.local>'),
    MAIL_DIR: z.string().min(1).default('.hocso/mail'),
    SMS_DRIVER: z.enum(['log', 'http'], { message: 'must be log or http' }).default('log'),
    SMS_DIR: z.string().min(1).default('.hocso/sms'),
    SMS_HTTP_URL: url(['http:', 'https:']).optional(),
    SMS_HTTP_AUTH_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}:\s*\S.*$/, 'must be a header line, "Name: value" (e.g. "Authorization: Bearer …")')
      .optional(),
    SMS_HTTP_BODY_TEMPLATE: z
      .string()
      .refine((value) => value.includes('{to}') && value.includes('{text}'), 'must contain {to} and {text}')
      .default('{"to":"{to}","text":"{text}"}'),
    SMS_HTTP_CONTENT_TYPE: z.string().min(1).default('application/json'),
    SMS_HTTP_TIMEOUT_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(100).max(60_000).default(5000),
    DEMO_MODE: booleanFlag.default(false),
    DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('HocSo@2026'),
    PORTAL_DIST: z.string().optional(),
    GRAPHQL_MAX_BODY_MB: z.coerce.number({ message: 'must be a number' }).min(1).max(100).default(16),
    GRAPHQL_MAX_DEPTH: z.coerce.number({ message: 'must be a number' }).int().min(2).max(50).default(10),
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number({ message: 'must be a number' }).int().min(10).default(50_000),
    GRAPHQL_MAX_TOKENS: z.coerce.number({ message: 'must be a number' }).int().min(100).max(1_000_000).default(5000),
    GRAPHQL_MAX_ALIASES: z.coerce.number({ message: 'must be a number' }).int().min(0).max(1000).default(30),
    GRAPHQL_MAX_ROOT_FIELDS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(1000).default(20),
    GRAPHQL_INTROSPECTION: booleanFlag.optional(),
    GRAPHQL_GRAPHIQL: booleanFlag.optional(),
    IMPORT_BATCH_SIZE: z.coerce.number({ message: 'must be a number' }).int().min(1).max(10000).default(500),
    ANSWER_SAVE_BATCH_WINDOW_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(0).max(100).default(2),
    ANSWER_SAVE_BATCH_MAX: z.coerce.number({ message: 'must be a number' }).int().min(1).max(1000).default(200),
    EXAM_START_CONCURRENCY: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').optional(),
    EXAM_START_MAX_WAIT_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(0, 'must be between 0 (no waiting line) and 60000 milliseconds')
      .max(60_000, 'must be between 0 (no waiting line) and 60000 milliseconds')
      .default(8000),
    EXAM_SWEEP_INTERVAL_MS: z.coerce.number({ message: 'must be a number' }).int().min(1000).max(3_600_000).default(30_000),
    CERTIFICATE_SERIAL_PREFIX: z
      .string()
      .regex(/^[A-Z0-9]{1,12}$/, 'must be 1–12 upper-case letters or digits')
      .default('BT'),
    CERTIFICATE_CONCURRENCY: z.coerce.number({ message: 'must be a number' }).int().min(1).max(64).default(16),
    CERTIFICATE_RENDER_THREADS: z.coerce.number({ message: 'must be a number' }).int().min(0).max(32).default(availableParallelism()),
    CERTIFICATE_RECONCILE_INTERVAL_MS: z.coerce.number({ message: 'must be a number' }).int().min(1000).max(3_600_000).default(60_000),
    OUTBOX_RELAY_INTERVAL_MS: z.coerce.number({ message: 'must be a number' }).int().min(50).max(60_000).default(1000),
    REQUIREMENT_COVERAGE_INTERVAL_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(10_000).max(86_400_000).default(600_000),
    REQUIREMENT_REMINDER_INTERVAL_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(10_000).max(86_400_000).default(3_600_000),
    LIVE_SESSION_REMINDER_INTERVAL_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(10_000).max(3_600_000).default(300_000),
    STORAGE_DRIVER: z.enum(['local', 's3'], { message: 'must be local or s3' }).default('local'),
    STORAGE_DIR: z.string().min(1).default('.hocso/storage'),
    S3_ENDPOINT: url(['http:', 'https:']).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_BUCKET: z.string().regex(/^[a-zA-Z0-9._-]{3,255}$/, 'must be a bucket name: 3–255 letters, digits, ".", "_" or "-"').optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: booleanFlag.default(true),
    S3_PREFIX: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*\/?$/, 'must be lowercase letters, digits, ".", "_" or "-", in parts separated by "/"')
      .max(200, 'must be at most 200 characters')
      .optional(),
    UPLOAD_MAX_MB: z.coerce.number({ message: 'must be a number' }).min(1).max(1024).default(20),
    COVER_IMAGE_MAX_MB: z.coerce.number({ message: 'must be a number' }).min(0.1).max(100).default(5),
    EVIDENCE_UNSUBMITTED_MAX: z.coerce.number({ message: 'must be a number' }).int().min(1).max(1000).default(20),
    LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose'], { message: 'must be error, warn, log, debug or verbose' }).default('log'),
  })
  .superRefine((config, ctx) => {
    if (config.NODE_ENV === 'production' && config.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be set to a secret of your own in production' });
    }
    if (config.NODE_ENV === 'production' && config.CREDENTIAL_SIGNING_KEY === DEVELOPMENT_CREDENTIAL_SIGNING_KEY) {
      ctx.addIssue({ code: 'custom', path: ['CREDENTIAL_SIGNING_KEY'], message: 'must be set to a key of your own in production' });
    }
    if (config.SMS_DRIVER === 'http' && !config.SMS_HTTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMS_HTTP_URL'], message: 'must be set when SMS_DRIVER is http' });
    }
    if (config.STORAGE_DRIVER === 's3' && !config.S3_BUCKET) {
      ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'must be set when STORAGE_DRIVER is s3' });
    }
    if (config.EXAM_START_CONCURRENCY !== undefined && config.EXAM_START_CONCURRENCY > config.DATABASE_POOL_SIZE) {
      ctx.addIssue({ code: 'custom', path: ['EXAM_START_CONCURRENCY'], message: `must be at most DATABASE_POOL_SIZE (${config.DATABASE_POOL_SIZE}): more would only wait for a connection` });
    }
    if (Boolean(config.S3_ACCESS_KEY_ID) !== Boolean(config.S3_SECRET_ACCESS_KEY)) {
      const missing = config.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
      const other = config.S3_ACCESS_KEY_ID ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY';
      ctx.addIssue({ code: 'custom', path: [missing], message: `must be set together with ${other}` });
    }
  })
  // Outside production the schema is explorable by default; in production it is closed unless asked for.
  .transform((config) => ({
    ...config,
    GRAPHQL_INTROSPECTION: config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production',
    GRAPHQL_GRAPHIQL: config.GRAPHQL_GRAPHIQL ?? config.NODE_ENV !== 'production',
    // A little under the pool: the other requests of the exam (saves, reads) keep a connection or two.
    EXAM_START_CONCURRENCY: config.EXAM_START_CONCURRENCY ?? Math.max(2, config.DATABASE_POOL_SIZE - 2),
  }));

export type AppConfig = z.infer<typeof appConfigSchema>;

/** Thrown when the environment holds a bad value; its message is one line naming the variable. */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = appConfigSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    const got = env[variable];
    const shown = got === undefined || /SECRET|PASSWORD|SIGNING_KEY|AUTH_HEADER/.test(variable) ? '' : ` (got "${got}")`;
    throw new ConfigError(`Invalid configuration: ${variable} ${issue.message}${shown}`);
  }
  return parsed.data;
}

export function publicUrlOf(config: AppConfig): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}
