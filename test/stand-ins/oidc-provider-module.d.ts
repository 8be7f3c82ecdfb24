/**
 * The part of `oidc-provider` (v9, plain JavaScript without bundled types) that the stand-in in
 * ./oidc-provider.ts uses. See https://github.com/panva/node-oidc-provider/blob/main/docs/README.md.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** An end-user as `findAccount` returns it; `claims` answers per use (`id_token`, `userinfo`). */
  export interface Account {
    readonly accountId: string;
    claims(use: string, scope: string): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  /** The configuration options the stand-in sets (the provider accepts many more). */
  export interface Configuration {
    readonly clients: readonly Record<string, unknown>[];
    readonly jwks: { readonly keys: readonly Record<string, unknown>[] };
    readonly cookies?: { readonly keys: readonly string[] };
    readonly scopes?: readonly string[];
    readonly claims?: Readonly<Record<string, readonly string[]>>;
    readonly conformIdTokenClaims?: boolean;
    readonly pkce?: { readonly required: () => boolean };
    readonly ttl?: Readonly<Record<string, number>>;
    readonly features?: Readonly<Record<string, { readonly enabled: boolean }>>;
    findAccount(context: unknown, id: string): Promise<Account | undefined> | Account | undefined;
  }

  /** The authorization server (a Koa application). */
  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    /** The absolute URL of a route: `authorization`, `token`, `jwks`, ... */
    urlFor(name: string): string;
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
