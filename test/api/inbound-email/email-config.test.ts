import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@slash/api/config/config';

const PEM = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();
const DKIM = { DKIM_DOMAIN: 'Assistant.Example', DKIM_SELECTOR: 's1' };

describe('email channel configuration (#9)', () => {
  it.each([
    ['PEM', PEM],
    ['PEM with literal \\n', PEM.trim().replaceAll('\n', '\\n')],
    ['base64 of the PEM', Buffer.from(PEM).toString('base64')],
  ])('reads a DKIM key given as %s', (_label, value) => {
    const config = loadConfig({ ...DKIM, DKIM_PRIVATE_KEY: value });
    expect(config.dkimDomain).toBe('assistant.example');
    expect(config.dkimPrivateKey).toBe(PEM);
  });

  it('refuses a DKIM key that is not a private key, naming the variable', () => {
    expect(() => loadConfig({ ...DKIM, DKIM_PRIVATE_KEY: 'not a key' })).toThrow(/^DKIM_PRIVATE_KEY: /);
  });

  it('refuses half a DKIM or STARTTLS configuration', () => {
    expect(() => loadConfig(DKIM)).toThrow(ConfigError);
    expect(() => loadConfig({ DKIM_PRIVATE_KEY: PEM })).toThrow(
      /DKIM_DOMAIN, DKIM_SELECTOR: must be set with DKIM_PRIVATE_KEY/,
    );
    expect(() => loadConfig({ INBOUND_SMTP_TLS_KEY: '/etc/slash/key.pem' })).toThrow(/INBOUND_SMTP_TLS_CERT/);
  });

  it('signs nothing and offers no STARTTLS by default', () => {
    const config = loadConfig({});
    expect([config.dkimDomain, config.dkimSelector, config.dkimPrivateKey]).toEqual([undefined, undefined, undefined]);
    expect([config.inboundSmtpTlsKeyPath, config.inboundSmtpTlsCertPath]).toEqual([undefined, undefined]);
  });
});
