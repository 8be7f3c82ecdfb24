/** Route-only schemas of the calendars domain (STYLE.md §4). */
import { Type, type Static } from 'typebox';

export const ConnectionSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  provider: Type.String(),
  accountEmail: Type.String(),
  status: Type.String(),
  serverUrl: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

export const CalendarSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  connectionId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  timeZone: Type.Union([Type.String(), Type.Null()]),
  blocksAvailability: Type.Boolean(),
  receivesNewMeetings: Type.Boolean(),
});

export const IdParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export const UpdateCalendarBodySchema = Type.Object(
  { blocksAvailability: Type.Optional(Type.Boolean()), receivesNewMeetings: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCalendarBody = Static<typeof UpdateCalendarBodySchema>;

export const ConnectCaldavBodySchema = Type.Object(
  {
    url: Type.String({ minLength: 8, maxLength: 2000 }),
    username: Type.String({ minLength: 1, maxLength: 200 }),
    password: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false },
);
export type ConnectCaldavBody = Static<typeof ConnectCaldavBodySchema>;

export const FeedLinkSchema = Type.Object({ url: Type.String() });
export const FeedQuerySchema = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 1000 }) },
  { additionalProperties: false },
);
