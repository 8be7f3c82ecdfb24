/**
 * Configuration: every environment variable Slash reads, validated by one schema (CONFIG_SCHEMA).
 * A wrong value stops start-up with one line naming the variable and why.
 */
import { createPrivateKey } from 'node:crypto';

/** What the API process runs with. Secrets are strings here and never logged. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  /** Demo mode: embedded database, generated local secrets, local outbox; clearly labelled. */
  readonly isDemo: boolean;
  readonly port: number;
  readonly host: string;
  /** Public base URL used in links (booking pages, add-in manifest), without a trailing slash. */
  readonly publicBaseUrl: string;
  /** PostgreSQL URL; undefined means embedded PGlite under `dataDir` (or in memory for tests). */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly corsOrigins: readonly string[];
  readonly rateLimitPerMinute: number;
  /** Base64 AES-256 keys for tokens at rest, `keyId:base64,...`; the first is used to encrypt. */
  readonly encryptionKeys: string | undefined;
  /** Secret for HMAC-signed links and cookies. */
  readonly signingSecret: string | undefined;
  /** SMTP URL (smtp://user:pass@host:port); undefined keeps emails in the local outbox. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** Data region of this deployment (privacy policy §8), e.g. `eu`. */
  readonly dataRegion: string;
  /** Refuse to start when DATABASE_REGION is outside DATA_REGION (privacy policy §8). */
  readonly dataRegionEnforce: boolean;
  /** Region the database is hosted in (e.g. `eu-west-3`), declared by the deployment. */
  readonly databaseRegion: string | undefined;
  /** Retention in days per data kind (privacy policy §3), enforced by the daily purge job. */
  readonly retentionEmailDays: number;
  readonly retentionRequestDays: number;
  readonly retentionMeetingDays: number;
  readonly retentionSessionDays: number;
  /** Hours without use after which a sign-in session ends (SECURITY.md C11). */
  readonly sessionIdleHours: number;
  readonly retentionSupportDays: number;
  readonly retentionPrivacyRequestDays: number;
  /** Days between an account erasure request and the erasure itself (can be cancelled meanwhile). */
  readonly accountErasureGraceDays: number;
  /** Hours a data export download link stays valid. */
  readonly exportTtlHours: number;
  /** Seconds a graceful shutdown may take before the process exits anyway. */
  readonly shutdownTimeoutSeconds: number;
  /** Whether this process also runs job workers (the API does by default; `slash worker` only runs them). */
  readonly runWorkers: boolean;
  /** `host:port` of self-hosted CalDAV servers on private addresses that clients may connect (S11). */
  readonly caldavAllowedPrivateHosts: readonly string[];
  /** OpenAI-compatible endpoint of the optional LLM interpreter; undefined = offline reading only. */
  readonly llmBaseUrl: string | undefined;
  readonly llmModel: string;
  readonly llmApiKey: string | undefined;
  /** `low-confidence`: ask the model only when the offline reading is unsure; `always`: every request. */
  readonly llmMode: 'low-confidence' | 'always';
  readonly llmTimeoutMs: number;
  /** Id of the Outlook add-in in the rendered manifest; undefined derives a stable one from PUBLIC_BASE_URL. */
  readonly outlookAddinId: string | undefined;
  /** The assistant's address people put in Cc (issue #9), e.g. `slash@assistant.example.com`. */
  readonly assistantEmail: string;
  /** Port of the inbound SMTP listener started by `slash serve`; undefined: no listener. */
  readonly inboundSmtpPort: number | undefined;
  /** HMAC-SHA256 secret of `POST /v1/webhooks/inbound-email`; undefined: the webhook refuses everything. */
  readonly inboundWebhookSecret: string | undefined;
  /** PEM key and certificate files of the inbound listener's STARTTLS; both or neither (none: plain SMTP). */
  readonly inboundSmtpTlsKeyPath: string | undefined;
  readonly inboundSmtpTlsCertPath: string | undefined;
  /** DKIM signing of outgoing mail (RFC 6376): `d=` domain, selector and PEM private key; all or none. */
  readonly dkimDomain: string | undefined;
  readonly dkimSelector: string | undefined;
  readonly dkimPrivateKey: string | undefined;
  /** Google OAuth client (sign-in and Calendar); endpoints are configurable so tests use local stand-ins. */
  readonly googleClientId: string | undefined;
  readonly googleClientSecret: string | undefined;
  /**
   * OAuth client id of the Gmail add-on's Apps Script project: `ScriptApp.getIdentityToken()` carries it
   * as `aud`, which differs from the web sign-in client when the add-on runs in its own Cloud project.
   */
  readonly gmailAddonClientId: string | undefined;
  readonly googleIssuer: string;
  readonly googleAuthorizeUrl: string;
  readonly googleTokenUrl: string;
  /** Google's token revocation endpoint (grants are revoked on disconnect and account erasure). */
  readonly googleRevokeUrl: string;
  readonly googleJwksUrl: string;
  /** Root URL of Google APIs (googleapis `rootUrl`), with a trailing slash. */
  readonly googleApiRootUrl: string;
  /** Microsoft identity platform app (sign-in and Graph); `{tenantid}` in the issuer is the token's `tid`. */
  readonly microsoftClientId: string | undefined;
  readonly microsoftClientSecret: string | undefined;
  readonly microsoftIssuerTemplate: string;
  readonly microsoftAuthorizeUrl: string;
  readonly microsoftTokenUrl: string;
  readonly microsoftJwksUrl: string;
  /** Application ID URI of our API, the `aud` of add-in (Nested App Authentication) access tokens. */
  readonly microsoftApiAudience: string | undefined;
  readonly microsoftGraphBaseUrl: string;
}

/** Raised when the environment does not satisfy CONFIG_SCHEMA; the message is one line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Parser<T> = (raw: string) => T | { error: string };

interface Variable<T> {
  readonly name: string;
  readonly description: string;
  readonly parse: Parser<T>;
  readonly fallback: T;
  /** Must be set when NODE_ENV=production (a secret or a deployment fact). */
  readonly isRequiredInProduction?: boolean;
}

const integer =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(value) || value < min || value > max) {
      return { error: `must be an integer from ${min} to ${max} (got ${JSON.stringify(raw)})` };
    }
    return value;
  };

const oneOf =
  <T extends string>(values: readonly T[]): Parser<T> =>
  (raw) =>
    (values as readonly string[]).includes(raw)
      ? (raw as T)
      : { error: `must be one of ${values.join(', ')} (got ${JSON.stringify(raw)})` };

const text: Parser<string> = (raw) => (raw.trim() === '' ? { error: 'must not be empty' } : raw.trim());
const optionalText: Parser<string | undefined> = (raw) => (raw.trim() === '' ? undefined : raw.trim());
const boolean: Parser<boolean> = (raw) => {
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  return { error: `must be true or false (got ${JSON.stringify(raw)})` };
};
const httpUrl: Parser<string> = (raw) => {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: 'must be an http(s) URL' };
    return raw.replace(/\/+$/, '');
  } catch {
    return { error: `must be a URL (got ${JSON.stringify(raw)})` };
  }
};
const optionalUuid: Parser<string | undefined> = (raw) => {
  if (raw.trim() === '') return undefined;
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(raw.trim())
    ? raw.trim()
    : { error: 'must be a UUID' };
};
const optionalPort: Parser<number | undefined> = (raw) => (raw.trim() === '' ? undefined : integer(0, 65535)(raw));
const emailAddress: Parser<string> = (raw) =>
  /^[^\s@<>]{1,64}@[^\s@<>]{1,189}$/.test(raw.trim())
    ? raw.trim().toLowerCase()
    : { error: `must be an email address (got ${JSON.stringify(raw)})` };
const optionalDomain: Parser<string | undefined> = (raw) => {
  if (raw.trim() === '') return undefined;
  return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(raw.trim())
    ? raw.trim().toLowerCase()
    : { error: `must be a domain name (got ${JSON.stringify(raw)})` };
};
const optionalSelector: Parser<string | undefined> = (raw) => {
  if (raw.trim() === '') return undefined;
  return /^[a-z0-9]([a-z0-9_.-]{0,62})$/i.test(raw.trim())
    ? raw.trim()
    : { error: 'must be a DKIM selector (letters, digits, - _ .)' };
};
/** A PEM private key, given as PEM (literal `\n` accepted) or as base64 of the PEM; returned as PEM. */
const optionalPrivateKeyPem: Parser<string | undefined> = (raw) => {
  if (raw.trim() === '') return undefined;
  const text = raw.trim().replace(/\\n/g, '\n');
  const pem = text.startsWith('-----BEGIN') ? text : Buffer.from(text, 'base64').toString('utf8').trim();
  try {
    createPrivateKey(pem);
    return `${pem}\n`;
  } catch {
    return { error: 'must be a PEM private key, or the base64 of one' };
  }
};
const postgresUrl: Parser<string | undefined> = (raw) => {
  if (raw.trim() === '') return undefined;
  return /^postgres(ql)?:\/\//.test(raw) ? raw : { error: 'must be a postgres:// URL' };
};
const originList: Parser<readonly string[]> = (raw) => {
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  const bad = origins.find((origin) => !/^https?:\/\/[^/]+$/.test(origin));
  return bad === undefined ? origins : { error: `${JSON.stringify(bad)} is not an origin like https://host:port` };
};
const hostList: Parser<readonly string[]> = (raw) => {
  const hosts = raw
    .split(',')
    .map((host) => host.trim())
    .filter((host) => host !== '');
  const bad = hosts.find((host) => !/^[\w.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/i.test(host));
  return bad === undefined ? hosts : { error: `${JSON.stringify(bad)} is not a host or host:port` };
};
const keyList: Parser<string | undefined> = (raw) => {
  if (raw.trim() === '') return undefined;
  for (const entry of raw.split(',')) {
    const [keyId, material] = entry.split(':');
    if (keyId === undefined || material === undefined || !/^[\w-]{1,32}$/.test(keyId)) {
      return { error: 'must be a comma-separated list of keyId:base64key' };
    }
    if (Buffer.from(material, 'base64').length !== 32) return { error: `key ${keyId} must be 32 bytes in base64` };
  }
  return raw;
};
const secret: Parser<string | undefined> = (raw) => {
  if (raw.trim() === '') return undefined;
  return raw.length >= 32 ? raw : { error: 'must be at least 32 characters' };
};

/** The one schema: variable name → parser, default and whether production requires it. */
export const CONFIG_SCHEMA = {
  nodeEnv: {
    name: 'NODE_ENV',
    description: 'development, production or test',
    parse: oneOf(['development', 'production', 'test'] as const),
    fallback: 'development',
  },
  isDemo: { name: 'SLASH_DEMO', description: 'demo mode (npm start sets it)', parse: boolean, fallback: false },
  port: { name: 'PORT', description: 'HTTP port', parse: integer(0, 65535), fallback: 3000 },
  host: { name: 'HOST', description: 'interface to listen on', parse: text, fallback: '127.0.0.1' },
  publicBaseUrl: {
    name: 'PUBLIC_BASE_URL',
    description: 'public URL of the API, used in links',
    parse: httpUrl,
    fallback: 'http://localhost:3000',
    isRequiredInProduction: true,
  },
  databaseUrl: {
    name: 'DATABASE_URL',
    description: 'PostgreSQL URL; empty = embedded PGlite',
    parse: postgresUrl,
    fallback: undefined,
    isRequiredInProduction: true,
  },
  dataDir: {
    name: 'DATA_DIR',
    description: 'folder for PGlite data and demo secrets',
    parse: text,
    fallback: './data',
  },
  logLevel: {
    name: 'LOG_LEVEL',
    description: 'pino log level',
    parse: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const),
    fallback: 'info',
  },
  corsOrigins: {
    name: 'CORS_ORIGINS',
    description: 'comma-separated allowed origins',
    parse: originList,
    fallback: [],
  },
  rateLimitPerMinute: {
    name: 'RATE_LIMIT_PER_MINUTE',
    description: 'requests per minute per client IP',
    parse: integer(1, 1_000_000),
    fallback: 600,
  },
  encryptionKeys: {
    name: 'ENCRYPTION_KEYS',
    description: 'keyId:base64 AES-256 keys for tokens at rest',
    parse: keyList,
    fallback: undefined,
    isRequiredInProduction: true,
  },
  signingSecret: {
    name: 'SIGNING_SECRET',
    description: 'HMAC secret for signed links and cookies (32+ chars)',
    parse: secret,
    fallback: undefined,
    isRequiredInProduction: true,
  },
  smtpUrl: {
    name: 'SMTP_URL',
    description: 'SMTP server; empty = local outbox',
    parse: optionalText,
    fallback: undefined,
    isRequiredInProduction: true,
  },
  mailFrom: {
    name: 'MAIL_FROM',
    description: 'sender of Slash emails',
    parse: text,
    fallback: 'Slash <slash@localhost>',
  },
  dataRegion: { name: 'DATA_REGION', description: 'data region reported by /readyz', parse: text, fallback: 'eu' },
  dataRegionEnforce: {
    name: 'DATA_REGION_ENFORCE',
    description: 'refuse start-up when DATABASE_REGION is outside DATA_REGION',
    parse: boolean,
    fallback: false,
  },
  databaseRegion: {
    name: 'DATABASE_REGION',
    description: 'region hosting the database, e.g. eu-west-3',
    parse: optionalText,
    fallback: undefined,
  },
  retentionEmailDays: {
    name: 'RETENTION_EMAIL_DAYS',
    description: 'days email threads and sent email bodies are kept',
    parse: integer(1, 36500),
    fallback: 30,
  },
  retentionRequestDays: {
    name: 'RETENTION_REQUEST_DAYS',
    description: 'days closed scheduling requests (interpretations, proposals) are kept',
    parse: integer(1, 36500),
    fallback: 365,
  },
  retentionMeetingDays: {
    name: 'RETENTION_MEETING_DAYS',
    description: 'days past bookings are kept after the meeting',
    parse: integer(1, 36500),
    fallback: 730,
  },
  retentionSessionDays: {
    name: 'RETENTION_SESSION_DAYS',
    description: 'days expired or revoked sessions are kept',
    parse: integer(1, 36500),
    fallback: 30,
  },
  sessionIdleHours: {
    name: 'SESSION_IDLE_HOURS',
    description: 'hours without use after which a sign-in session ends',
    parse: integer(1, 720),
    fallback: 12,
  },
  retentionSupportDays: {
    name: 'RETENTION_SUPPORT_DAYS',
    description: 'days closed support tickets are kept',
    parse: integer(1, 36500),
    fallback: 365,
  },
  retentionPrivacyRequestDays: {
    name: 'RETENTION_PRIVACY_REQUEST_DAYS',
    description: 'days closed privacy requests are kept (proof of the answer)',
    parse: integer(1, 36500),
    fallback: 1095,
  },
  accountErasureGraceDays: {
    name: 'ACCOUNT_ERASURE_GRACE_DAYS',
    description: 'grace period before an account erasure runs',
    parse: integer(0, 90),
    fallback: 7,
  },
  exportTtlHours: {
    name: 'EXPORT_TTL_HOURS',
    description: 'hours a data export link stays valid',
    parse: integer(1, 720),
    fallback: 24,
  },
  shutdownTimeoutSeconds: {
    name: 'SHUTDOWN_TIMEOUT_SECONDS',
    description: 'grace period on SIGTERM',
    parse: integer(1, 300),
    fallback: 10,
  },
  runWorkers: {
    name: 'RUN_WORKERS',
    description: 'run job workers in the API process',
    parse: boolean,
    fallback: true,
  },
  llmBaseUrl: {
    name: 'LLM_BASE_URL',
    description: 'OpenAI-compatible API of the optional LLM interpreter (empty = offline only)',
    parse: (raw) => (raw.trim() === '' ? undefined : httpUrl(raw)),
    fallback: undefined,
  },
  llmModel: {
    name: 'LLM_MODEL',
    description: 'model name for the LLM interpreter',
    parse: text,
    fallback: 'gpt-4o-mini',
  },
  llmApiKey: {
    name: 'LLM_API_KEY',
    description: 'API key of the LLM endpoint',
    parse: optionalText,
    fallback: undefined,
  },
  llmMode: {
    name: 'LLM_MODE',
    description: 'low-confidence (ask the model only when unsure) or always',
    parse: oneOf(['low-confidence', 'always'] as const),
    fallback: 'low-confidence',
  },
  llmTimeoutMs: {
    name: 'LLM_TIMEOUT_MS',
    description: 'give up on the model and keep the offline reading after this long',
    parse: integer(100, 60_000),
    fallback: 8000,
  },
  caldavAllowedPrivateHosts: {
    name: 'CALDAV_ALLOWED_PRIVATE_HOSTS',
    description: 'comma-separated host:port of private CalDAV servers clients may connect',
    parse: hostList,
    fallback: [],
  },
  outlookAddinId: {
    name: 'OUTLOOK_ADDIN_ID',
    description: 'Outlook add-in Id (GUID) of this environment; empty = derived from PUBLIC_BASE_URL',
    parse: optionalUuid,
    fallback: undefined,
  },
  assistantEmail: {
    name: 'ASSISTANT_EMAIL',
    description: 'address of the assistant that people put in Cc',
    parse: emailAddress,
    fallback: 'slash@localhost',
  },
  inboundSmtpPort: {
    name: 'INBOUND_SMTP_PORT',
    description: 'port of the inbound SMTP listener; empty = none',
    parse: optionalPort,
    fallback: undefined,
  },
  inboundWebhookSecret: {
    name: 'INBOUND_WEBHOOK_SECRET',
    description: 'HMAC-SHA256 secret of the inbound email webhook (32+ chars)',
    parse: secret,
    fallback: undefined,
  },
  inboundSmtpTlsKeyPath: {
    name: 'INBOUND_SMTP_TLS_KEY',
    description: 'path of the PEM private key for STARTTLS on the inbound listener',
    parse: optionalText,
    fallback: undefined,
  },
  inboundSmtpTlsCertPath: {
    name: 'INBOUND_SMTP_TLS_CERT',
    description: 'path of the PEM certificate (chain) for STARTTLS on the inbound listener',
    parse: optionalText,
    fallback: undefined,
  },
  dkimDomain: {
    name: 'DKIM_DOMAIN',
    description: 'domain outgoing mail is DKIM-signed for (d=); empty = no signing',
    parse: optionalDomain,
    fallback: undefined,
  },
  dkimSelector: {
    name: 'DKIM_SELECTOR',
    description: 'DKIM selector (s=) whose TXT record holds the public key',
    parse: optionalSelector,
    fallback: undefined,
  },
  dkimPrivateKey: {
    name: 'DKIM_PRIVATE_KEY',
    description: 'DKIM private key: PEM, or base64 of the PEM',
    parse: optionalPrivateKeyPem,
    fallback: undefined,
  },
  googleClientId: {
    name: 'GOOGLE_CLIENT_ID',
    description: 'Google OAuth client id (sign-in, Calendar; also accepted as the Gmail add-on ID token audience)',
    parse: optionalText,
    fallback: undefined,
  },
  googleClientSecret: {
    name: 'GOOGLE_CLIENT_SECRET',
    description: 'Google OAuth client secret',
    parse: optionalText,
    fallback: undefined,
  },
  gmailAddonClientId: {
    name: 'GMAIL_ADDON_CLIENT_ID',
    description: "OAuth client id of the Gmail add-on's Apps Script project (audience of its ID tokens)",
    parse: optionalText,
    fallback: undefined,
  },
  googleIssuer: {
    name: 'GOOGLE_ISSUER',
    description: 'issuer of Google ID tokens',
    parse: httpUrl,
    fallback: 'https://accounts.google.com',
  },
  googleAuthorizeUrl: {
    name: 'GOOGLE_AUTHORIZE_URL',
    description: 'Google authorization endpoint',
    parse: httpUrl,
    fallback: 'https://accounts.google.com/o/oauth2/v2/auth',
  },
  googleTokenUrl: {
    name: 'GOOGLE_TOKEN_URL',
    description: 'Google token endpoint',
    parse: httpUrl,
    fallback: 'https://oauth2.googleapis.com/token',
  },
  googleRevokeUrl: {
    name: 'GOOGLE_REVOKE_URL',
    description: 'Google token revocation endpoint',
    parse: httpUrl,
    fallback: 'https://oauth2.googleapis.com/revoke',
  },
  googleJwksUrl: {
    name: 'GOOGLE_JWKS_URL',
    description: 'Google signing keys (JWKS)',
    parse: httpUrl,
    fallback: 'https://www.googleapis.com/oauth2/v3/certs',
  },
  googleApiRootUrl: {
    name: 'GOOGLE_API_ROOT_URL',
    description: 'root URL of Google APIs',
    parse: (raw) => {
      const url = httpUrl(raw);
      return typeof url === 'string' ? `${url}/` : url;
    },
    fallback: 'https://www.googleapis.com/',
  },
  microsoftClientId: {
    name: 'MICROSOFT_CLIENT_ID',
    description: 'Microsoft app (client) id',
    parse: optionalText,
    fallback: undefined,
  },
  microsoftClientSecret: {
    name: 'MICROSOFT_CLIENT_SECRET',
    description: 'Microsoft app client secret',
    parse: optionalText,
    fallback: undefined,
  },
  microsoftIssuerTemplate: {
    name: 'MICROSOFT_ISSUER_TEMPLATE',
    description: 'issuer of Microsoft tokens, {tenantid} = the token tid',
    parse: text,
    fallback: 'https://login.microsoftonline.com/{tenantid}/v2.0',
  },
  microsoftAuthorizeUrl: {
    name: 'MICROSOFT_AUTHORIZE_URL',
    description: 'Microsoft authorization endpoint',
    parse: httpUrl,
    fallback: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
  },
  microsoftTokenUrl: {
    name: 'MICROSOFT_TOKEN_URL',
    description: 'Microsoft token endpoint',
    parse: httpUrl,
    fallback: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
  },
  microsoftJwksUrl: {
    name: 'MICROSOFT_JWKS_URL',
    description: 'Microsoft signing keys (JWKS)',
    parse: httpUrl,
    fallback: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
  },
  microsoftApiAudience: {
    name: 'MICROSOFT_API_AUDIENCE',
    description: 'application ID URI of the Slash API (add-in access tokens)',
    parse: optionalText,
    fallback: undefined,
  },
  microsoftGraphBaseUrl: {
    name: 'MICROSOFT_GRAPH_BASE_URL',
    description: 'Microsoft Graph base URL',
    parse: httpUrl,
    fallback: 'https://graph.microsoft.com',
  },
} satisfies { [K in keyof AppConfig]: Variable<AppConfig[K]> };

/**
 * Reads the configuration from `env`. Throws ConfigError (one line naming the variable) on a bad
 * value, or, with NODE_ENV=production, when a required variable is missing.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const values: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(CONFIG_SCHEMA) as [string, Variable<unknown>][]) {
    const raw = env[variable.name];
    if (raw === undefined) {
      values[key] = variable.fallback;
      continue;
    }
    const parsed = variable.parse(raw);
    if (isParseError(parsed)) throw new ConfigError(`${variable.name}: ${parsed.error}`);
    values[key] = parsed;
  }
  const config = values as unknown as AppConfig;
  assertTogether(config, {
    dkimDomain: 'DKIM_DOMAIN',
    dkimSelector: 'DKIM_SELECTOR',
    dkimPrivateKey: 'DKIM_PRIVATE_KEY',
  });
  assertTogether(config, {
    inboundSmtpTlsKeyPath: 'INBOUND_SMTP_TLS_KEY',
    inboundSmtpTlsCertPath: 'INBOUND_SMTP_TLS_CERT',
  });
  if (config.nodeEnv === 'production') {
    const missing = (Object.values(CONFIG_SCHEMA) as Variable<unknown>[])
      .filter((variable) => variable.isRequiredInProduction === true && (env[variable.name] ?? '').trim() === '')
      .map((variable) => variable.name);
    if (missing.length > 0) throw new ConfigError(`production requires ${missing.join(', ')} (not set)`);
    if (config.isDemo) throw new ConfigError('SLASH_DEMO: demo mode cannot run with NODE_ENV=production');
  }
  return config;
}

/** Variables that only make sense together: all set or none. */
function assertTogether(config: AppConfig, names: Partial<Record<keyof AppConfig, string>>): void {
  const entries = Object.entries(names) as [keyof AppConfig, string][];
  const missing = entries.filter(([key]) => config[key] === undefined).map(([, name]) => name);
  if (missing.length > 0 && missing.length < entries.length) {
    throw new ConfigError(
      `${missing.join(', ')}: must be set with ${entries
        .map(([, name]) => name)
        .filter((name) => !missing.includes(name))
        .join(', ')}`,
    );
  }
}

function isParseError(value: unknown): value is { error: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'error' in value;
}

/** A configuration for tests: defaults, quiet logs, in-memory database unless DATABASE_URL is given. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
}
