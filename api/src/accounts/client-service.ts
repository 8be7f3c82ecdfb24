/**
 * Client lookups for other domains (the email channel, #9): active clients only, as plain profiles,
 * so no other domain reads the accounts tables itself (STYLE.md §2).
 */
import type { AccountsRepository, Client } from './repository.js';

/** A client as other domains see them. */
export interface ClientSummary {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly timeZone: string;
  readonly language: string;
}

function summaryOf(client: Client | undefined): ClientSummary | undefined {
  if (client?.status !== 'active') return undefined;
  return {
    id: client.id,
    email: client.email,
    name: client.name,
    timeZone: client.timeZone,
    language: client.language,
  };
}

/** Creates the client lookup service over the accounts repository. */
export function createClientService(deps: {
  accounts: Pick<AccountsRepository, 'findClient' | 'findClientsByEmails'>;
}) {
  const { accounts } = deps;
  return {
    /** The active client with this id, or undefined (unknown, suspended or erased). */
    async findActiveClient(clientId: string): Promise<ClientSummary | undefined> {
      return summaryOf(await accounts.findClient(clientId));
    },
    /** The active client whose address is `email` (case-insensitive), or undefined. */
    async findActiveClientByEmail(email: string): Promise<ClientSummary | undefined> {
      const [client] = await accounts.findClientsByEmails([email]);
      return summaryOf(client);
    },
  };
}

/** The client lookup service's interface. */
export type ClientService = ReturnType<typeof createClientService>;
