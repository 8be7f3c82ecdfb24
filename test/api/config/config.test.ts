import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@slash/api/config/config';

describe('loadConfig', () => {
  it('takes defaults for a bare environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      publicBaseUrl: 'http://localhost:3000',
      dataRegion: 'eu',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['PUBLIC_BASE_URL', 'not a url'],
    ['CORS_ORIGINS', 'https://ok.example,ftp://bad'],
    ['ENCRYPTION_KEYS', 'k1:dG9vc2hvcnQ='],
    ['SIGNING_SECRET', 'short'],
    ['LOG_LEVEL', 'loud'],
  ])('stops on a bad %s with one line naming it', (name, value) => {
    let message = '';
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message.startsWith(`${name}:`)).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('refuses production without its secrets, naming each missing one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /production requires PUBLIC_BASE_URL, DATABASE_URL, ENCRYPTION_KEYS, SIGNING_SECRET, SMTP_URL/,
    );
  });

  it('refuses demo mode in production', () => {
    const env = {
      NODE_ENV: 'production',
      SLASH_DEMO: 'true',
      PUBLIC_BASE_URL: 'https://slash.example',
      DATABASE_URL: 'postgres://db/slash',
      ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
      SIGNING_SECRET: 'x'.repeat(40),
      SMTP_URL: 'smtp://mail.example:587',
    };
    expect(() => loadConfig(env)).toThrow(/SLASH_DEMO/);
    expect(loadConfig({ ...env, SLASH_DEMO: 'false' }).nodeEnv).toBe('production');
  });
});
