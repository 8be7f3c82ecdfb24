/**
 * Admin API keys: `slash_<role>_<random>` (256 bits), shown once at creation; the database keeps a
 * SHA-256 hash only (S8: a database read yields no working key). A key has one role:
 * `read_only` reads, `support` also acts on queues and reads contact data, `admin` does everything.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AdminPrincipal } from '../auth/auth-class.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/client.js';
import { createAdminRepository, type AdminRepository } from './repository.js';

/** The roles, weakest first. */
export const ADMIN_ROLES = ['read_only', 'support', 'admin'] as const;
/** What an admin key may do. */
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** True when `role` includes everything `required` may do. */
export function roleAllows(role: AdminRole, required: AdminRole): boolean {
  return ADMIN_ROLES.indexOf(role) >= ADMIN_ROLES.indexOf(required);
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Creates, checks and revokes admin keys. */
export function createApiKeyService(deps: { repository: AdminRepository; clock: Clock }) {
  const { repository, clock } = deps;
  return {
    /** A new key; `key` is returned once and never stored. */
    async create(options: { role: AdminRole; label?: string }): Promise<{ id: string; role: AdminRole; key: string }> {
      const key = `slash_${options.role}_${randomBytes(32).toString('base64url')}`;
      const row = await repository.insertApiKey({
        role: options.role,
        label: options.label ?? '',
        keyHash: hashKey(key),
        createdAt: new Date(clock.nowMs()),
      });
      return { id: row.id, role: options.role, key };
    },
    /** The key of a request (`x-api-key` header or `Authorization: Bearer`), if live. */
    async authenticate(request: FastifyRequest): Promise<AdminPrincipal | undefined> {
      const header = request.headers['x-api-key'];
      const bearer = /^Bearer\s+(slash_\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const key = typeof header === 'string' ? header : bearer;
      if (key === undefined || key.length < 20 || key.length > 200) return undefined;
      const row = await repository.findLiveApiKey(hashKey(key));
      if (row === undefined || !(ADMIN_ROLES as readonly string[]).includes(row.role)) return undefined;
      return { keyId: row.id, role: row.role as AdminRole };
    },
    async revoke(keyId: string): Promise<boolean> {
      return repository.revokeApiKey(keyId, clock.nowMs());
    },
    async list(): Promise<{ id: string; role: string; label: string; createdAt: string; revokedAt: string | null }[]> {
      return (await repository.listApiKeys()).map((row) => ({
        id: row.id,
        role: row.role,
        label: row.label,
        createdAt: row.createdAt.toISOString(),
        revokedAt: row.revokedAt?.toISOString() ?? null,
      }));
    },
  };
}

/** The API key service's interface. */
export type ApiKeyService = ReturnType<typeof createApiKeyService>;

/** The key service over `db` (wiring, CLI). */
export function createApiKeyServiceFor(db: Database, clock: Clock): ApiKeyService {
  return createApiKeyService({ repository: createAdminRepository(db), clock });
}
