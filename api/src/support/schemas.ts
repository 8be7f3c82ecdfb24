/** Wire shapes of support tickets (client and admin views share them). */
import { Type, type Static } from 'typebox';

export const SupportTicketSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  clientId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  kind: Type.String(),
  status: Type.String(),
  requestId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  summary: Type.String(),
  context: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type SupportTicketView = Static<typeof SupportTicketSchema>;

export const SupportTicketListSchema = Type.Object({ tickets: Type.Array(SupportTicketSchema) });

/** A ticket as the wire shows it. */
export function toTicketView(ticket: {
  id: string;
  clientId: string | null;
  kind: string;
  status: string;
  requestId: string | null;
  summary: string;
  context: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}): SupportTicketView {
  return { ...ticket, createdAt: ticket.createdAt.toISOString(), updatedAt: ticket.updatedAt.toISOString() };
}
