/** What the admin API reads: accounts, a contact's record, aggregated statistics (no personal data). */
import { NotFoundError } from '../errors/domain-error.js';
import type { Database } from '../db/client.js';
import { createAdminRepository, type AdminRepository, type ClientRow, type ContactRow } from './repository.js';

/** Reads for admins and support. Every call is audited by the admin routes. */
export function createAdminService(deps: { repository: AdminRepository }) {
  const { repository } = deps;
  return {
    async searchAccounts(query: string): Promise<ClientRow[]> {
      return repository.searchClients(query.trim(), 50);
    },
    async getAccount(clientId: string): Promise<ClientRow> {
      const row = await repository.findClient(clientId);
      if (row === undefined) throw new NotFoundError('No such account.');
      return row;
    },
    async getContact(contactId: string): Promise<ContactRow> {
      const row = await repository.findContact(contactId);
      if (row === undefined) throw new NotFoundError('No such contact.');
      return row;
    },
    async statistics(): Promise<Record<string, number>> {
      return repository.statistics();
    },
  };
}

/** The admin service's interface. */
export type AdminService = ReturnType<typeof createAdminService>;

/** The admin service over `db` (wiring). */
export function createAdminServiceFor(db: Database): AdminService {
  return createAdminService({ repository: createAdminRepository(db) });
}
