/** Wire shapes of the privacy routes. */
import { Type } from 'typebox';

export const ExportStatusSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  status: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
  downloadUrl: Type.Union([Type.String(), Type.Null()]),
});

export const IdParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const ContactParamsSchema = Type.Object({ contactId: Type.String({ format: 'uuid' }) });
export const TokenParamsSchema = Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) });
export const TokenQuerySchema = Type.Object({ token: Type.String({ minLength: 10, maxLength: 2000 }) });

const optionalText = (maxLength: number) => Type.Optional(Type.Union([Type.String({ maxLength }), Type.Null()]));

export const ClientCorrectionSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 200 })),
    timeZone: Type.Optional(Type.String({ maxLength: 64 })),
    language: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ContactCorrectionSchema = Type.Object(
  {
    email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    firstName: optionalText(200),
    lastName: optionalText(200),
    contactMeans: optionalText(200),
    company: optionalText(200),
    role: optionalText(200),
    timeZone: optionalText(64),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ContactSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  name: Type.String(),
  firstName: Type.Union([Type.String(), Type.Null()]),
  lastName: Type.Union([Type.String(), Type.Null()]),
  contactMeans: Type.Union([Type.String(), Type.Null()]),
  company: Type.Union([Type.String(), Type.Null()]),
  role: Type.Union([Type.String(), Type.Null()]),
  timeZone: Type.Union([Type.String(), Type.Null()]),
});

export const ProfileSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  name: Type.String(),
  timeZone: Type.String(),
  language: Type.String(),
  status: Type.String(),
});

export const PrivacyRequestSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.String(),
  origin: Type.String(),
  status: Type.String(),
  clientId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  contactId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  dueAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

export const ContactRequestBodySchema = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 320 }),
    kind: Type.Union([Type.Literal('access'), Type.Literal('erasure'), Type.Literal('rectification')]),
  },
  { additionalProperties: false },
);

export const ContactRequestAnswerSchema = Type.Object({ status: Type.String(), message: Type.String() });

/** A privacy request as the wire shows it (never the requester's hash). */
export function toPrivacyRequestView(row: {
  id: string;
  kind: string;
  origin: string;
  status: string;
  clientId: string | null;
  contactId: string | null;
  dueAt: Date | null;
  createdAt: Date;
}) {
  return {
    id: row.id,
    kind: row.kind,
    origin: row.origin,
    status: row.status,
    clientId: row.clientId,
    contactId: row.contactId,
    dueAt: row.dueAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
