/**
 * Demo mode only: secrets generated once under DATA_DIR (mode 0600) so `npm start` works with no
 * configuration. Production never reaches this (loadConfig refuses missing secrets there).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config.js';

interface LocalSecrets {
  encryptionKeys: string;
  signingSecret: string;
}

/** `config` with any missing secret filled from (or generated into) `DATA_DIR/secrets.json`. */
export function withLocalSecrets(config: AppConfig): AppConfig {
  if (config.encryptionKeys !== undefined && config.signingSecret !== undefined) return config;
  const file = path.join(config.dataDir, 'secrets.json');
  let secrets: LocalSecrets;
  if (existsSync(file)) {
    secrets = JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  } else {
    secrets = generateSecrets();
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return {
    ...config,
    encryptionKeys: config.encryptionKeys ?? secrets.encryptionKeys,
    signingSecret: config.signingSecret ?? secrets.signingSecret,
  };
}

/** Fresh random secrets (also used by tests). */
export function generateSecrets(): LocalSecrets {
  return {
    encryptionKeys: `k1:${randomBytes(32).toString('base64')}`,
    signingSecret: randomBytes(32).toString('base64url'),
  };
}
