/**
 * What the scheduling domains need to know about clients, as a port the app wires to the accounts
 * domain (so these domains never read the accounts tables themselves).
 */

/** A client as the scheduling domains see them. */
export interface ClientProfile {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly timeZone: string;
  readonly language: string;
}

/** Looks clients up. */
export interface ClientDirectory {
  findClient(clientId: string): Promise<ClientProfile | undefined>;
  /** Active clients whose address is one of `emails` (lower-cased comparison). */
  findClientsByEmails(emails: readonly string[]): Promise<ClientProfile[]>;
}
