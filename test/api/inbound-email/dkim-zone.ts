/**
 * An offline DNS zone for mailauth (DKIM keys, DMARC policies, SPF) and DKIM signing of test
 * messages, so sender authentication and outgoing signatures are verified without a network.
 */
import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';

/** An RSA key pair: the private key as PKCS#8 PEM, the public key as the base64 DER of a DKIM record. */
export interface DkimKeyPair {
  readonly privateKeyPem: string;
  readonly publicKeyBase64: string;
}

/** A fresh 2048-bit RSA key pair. */
export function dkimKeyPair(): DkimKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyBase64: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  };
}

/**
 * The zone: for each domain listed, its DKIM key under `selector` (default `s1`), DMARC p=reject and
 * an SPF record that passes nothing (so only an aligned DKIM signature authenticates a sender).
 */
export function zoneResolver(publicKeys: ReadonlyMap<string, string>, selector = 's1') {
  return async (name: string, rrtype: string): Promise<string[][]> => {
    const lower = name.toLowerCase();
    if (rrtype === 'TXT') {
      const dkim = new RegExp(`^${selector}\\._domainkey\\.(.+)$`).exec(lower);
      if (dkim?.[1] !== undefined && publicKeys.has(dkim[1])) return [[`v=DKIM1; k=rsa; p=${publicKeys.get(dkim[1])}`]];
      const dmarc = /^_dmarc\.(.+)$/.exec(lower);
      if (dmarc?.[1] !== undefined && publicKeys.has(dmarc[1])) return [['v=DMARC1; p=reject']];
      if (publicKeys.has(lower)) return [['v=spf1 -all']];
    }
    throw Object.assign(new Error(`no ${rrtype} for ${name}`), { code: 'ENOTFOUND' });
  };
}

/** `raw` with a DKIM-Signature of `domain` (selector `s1`) made with `privateKeyPem` prepended. */
export async function signMessage(raw: string, input: { domain: string; privateKeyPem: string }): Promise<string> {
  // mailauth's typings put the key fields at the top level; the signer reads them from signatureData.
  const signing = {
    canonicalization: 'relaxed/relaxed',
    signatureData: [{ signingDomain: input.domain, selector: 's1', privateKey: input.privateKeyPem }],
  };
  const { signatures } = await dkimSign(raw, signing as unknown as Parameters<typeof dkimSign>[1]);
  return signatures + raw;
}
