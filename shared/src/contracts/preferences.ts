/**
 * Wire shape of a client's preferences (`GET/PUT /v1/me/preferences`) and their defaults.
 *
 * Zone semantics: every wall time (`HH:MM`, `24:00` allowed as an end) and every date (`YYYY-MM-DD`)
 * is read in `timeZone`, the client's IANA zone. Durations are minutes.
 *
 * Minimum notice: `minimumNoticeMinutes: null` (the default) encodes PRODUCT.md's "not before the day
 * after tomorrow": when a request states no time window, nothing starts before local midnight at the
 * start of the day after tomorrow (client's zone); inside a window the request states ("tomorrow at
 * 10"), two hours' notice. A number is a plain notice in minutes from now, whatever the request says.
 *
 * Follow-ups (email channel): `followUps.count` reminders at most go to contacts who have not
 * answered. Without `followUps.spacingDays` (the default) they are 2 days apart, or 4 when the
 * request's time window ends more than 30 days after the reminder is scheduled; a number of days is
 * the client's own spacing, whatever the window. "Automatic" is the absent key, not `null`: the
 * API's validator coerces `0` to `null` in an `integer | null` union, so `0` would silently mean
 * "automatic" instead of being refused.
 */
import Type, { type Static } from 'typebox';

/** A local wall time `HH:MM` (00:00–23:59, or 24:00 as an end). */
export const WallTimeSchema = Type.String({ pattern: '^(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$', description: 'HH:MM' });

/** A local interval `[start, end)` on one day; `end` must be after `start`. */
export const WallIntervalSchema = Type.Object(
  { start: WallTimeSchema, end: WallTimeSchema },
  { additionalProperties: false },
);

/** The eight meeting types Slash schedules. */
export const MEETING_TYPES = ['call', 'video', 'meeting', 'coffee', 'breakfast', 'lunch', 'dinner', 'drinks'] as const;

/** One of {@link MEETING_TYPES}. */
export type MeetingTypeName = (typeof MEETING_TYPES)[number];

/** Working intervals of one weekday (several a day allowed, e.g. a lunch break). */
const DayHoursSchema = Type.Array(WallIntervalSchema, { maxItems: 12 });

/** Working hours by ISO weekday: key `1` is Monday … `7` Sunday; `[]` is a day off. */
export const WorkingHoursSchema = Type.Object(
  {
    1: DayHoursSchema,
    2: DayHoursSchema,
    3: DayHoursSchema,
    4: DayHoursSchema,
    5: DayHoursSchema,
    6: DayHoursSchema,
    7: DayHoursSchema,
  },
  { additionalProperties: false },
);

/** Replaces one local date's working hours; `intervals: []` is a day off. */
export const DateOverrideSchema = Type.Object(
  {
    date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    intervals: Type.Array(WallIntervalSchema, { maxItems: 12 }),
  },
  { additionalProperties: false },
);

const ShortText = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '^[^\\u0000-\\u001f\\u007f]*$' });
const OptionalText = (maxLength: number) => Type.Union([ShortText(maxLength), Type.Null()]);
const Minutes = (maximum: number) => Type.Integer({ minimum: 0, maximum });

/** How one meeting type is scheduled. */
export const MeetingTypePreferenceSchema = Type.Object(
  {
    durationMinutes: Type.Integer({ minimum: 5, maximum: 720 }),
    /** Local windows the whole meeting must fit in; null: the client's working hours. */
    windows: Type.Union([Type.Array(WallIntervalSchema, { minItems: 1, maxItems: 12 }), Type.Null()]),
    /** The local start to aim for (lunch 13:00); null: no preference. */
    preferredTime: Type.Union([WallTimeSchema, Type.Null()]),
    bufferBeforeMinutes: Minutes(240),
    bufferAfterMinutes: Minutes(240),
    /** `office`, `home`, the name of one of `addresses.places`, or a place written out; null: none. */
    defaultPlace: OptionalText(300),
    /** In person: travel time applies, and the place is shared with the contact. */
    isInPerson: Type.Boolean(),
  },
  { additionalProperties: false },
);

/** One preference per meeting type. */
export const MeetingTypesSchema = Type.Object(
  Object.fromEntries(MEETING_TYPES.map((name) => [name, MeetingTypePreferenceSchema])) as Record<
    MeetingTypeName,
    typeof MeetingTypePreferenceSchema
  >,
  { additionalProperties: false },
);

/** A place the client names ("Studio" → "5 rue X, Paris"). */
export const NamedPlaceSchema = Type.Object(
  { name: ShortText(100), address: ShortText(300) },
  { additionalProperties: false },
);

/** The client's addresses. */
export const AddressesSchema = Type.Object(
  { office: OptionalText(300), home: OptionalText(300), places: Type.Array(NamedPlaceSchema, { maxItems: 20 }) },
  { additionalProperties: false },
);

/** Other ways to reach the client, shared with contacts when the meeting needs them. */
export const ContactMeansSchema = Type.Object(
  { phone: OptionalText(50), conferenceNumber: OptionalText(100), videoLink: OptionalText(500) },
  { additionalProperties: false },
);

/** What a guest needs to find the client (in-person meetings at the office or home). */
export const GuestInstructionsSchema = Type.Object(
  { floor: OptionalText(100), doorCode: OptionalText(50), notes: OptionalText(500) },
  { additionalProperties: false },
);

/** Travel minutes by how far the meeting is from the client's neighbouring events. */
export const TravelMinutesSchema = Type.Object(
  { samePlace: Minutes(600), sameCity: Minutes(600), elsewhere: Minutes(600), unknown: Minutes(600) },
  { additionalProperties: false },
);

/** Reminders to contacts who have not answered Slash's proposals by email (see the module comment). */
export const FollowUpsSchema = Type.Object(
  {
    /** How many reminders at most (0: none). */
    count: Type.Integer({ minimum: 0, maximum: 5 }),
    /** Days between two messages; absent: 2, or 4 when the request's window ends more than 30 days out. */
    spacingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 14 })),
  },
  { additionalProperties: false },
);

/** The whole preferences document, as stored and as `GET /v1/me/preferences` returns it. */
export const PreferencesSchema = Type.Object(
  {
    timeZone: Type.String({ minLength: 1, maxLength: 64 }),
    workingHours: WorkingHoursSchema,
    dateOverrides: Type.Array(DateOverrideSchema, { maxItems: 366 }),
    meetingTypes: MeetingTypesSchema,
    addresses: AddressesSchema,
    contactMeans: ContactMeansSchema,
    guestInstructions: GuestInstructionsSchema,
    /** null: not before the day after tomorrow (local) unless the request names a time; a number: minutes from now. */
    minimumNoticeMinutes: Type.Union([Minutes(43_200), Type.Null()]),
    horizonDays: Type.Integer({ minimum: 1, maximum: 90 }),
    travelMinutes: TravelMinutesSchema,
    /** Most meetings on one local day, existing ones included; null: no cap. */
    maxMeetingsPerDay: Type.Union([Type.Integer({ minimum: 1, maximum: 50 }), Type.Null()]),
    language: Type.Union([Type.Literal('en'), Type.Literal('fr')]),
    /** How many slots a draft reply proposes. */
    proposalCount: Type.Integer({ minimum: 1, maximum: 10 }),
    followUps: FollowUpsSchema,
  },
  { additionalProperties: false },
);

/** See {@link PreferencesSchema}. */
export type Preferences = Static<typeof PreferencesSchema>;
/** See {@link MeetingTypePreferenceSchema}. */
export type MeetingTypePreference = Static<typeof MeetingTypePreferenceSchema>;
/** See {@link WallIntervalSchema}. */
export type WallIntervalPreference = Static<typeof WallIntervalSchema>;
/** See {@link FollowUpsSchema}. */
export type FollowUpsPreference = Static<typeof FollowUpsSchema>;

/**
 * `PUT /v1/me/preferences` body: any subset of the document; each meeting type may be partial too.
 * What is sent replaces the stored value field by field (arrays and nested objects as a whole,
 * except `meetingTypes`, merged per type).
 */
export const PreferencesUpdateSchema = Type.Partial(
  Type.Object(
    {
      ...PreferencesSchema.properties,
      meetingTypes: Type.Partial(
        Type.Object(
          Object.fromEntries(MEETING_TYPES.map((name) => [name, Type.Partial(MeetingTypePreferenceSchema)])) as Record<
            MeetingTypeName,
            ReturnType<typeof Type.Partial<typeof MeetingTypePreferenceSchema>>
          >,
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
);

/** See {@link PreferencesUpdateSchema}. */
export type PreferencesUpdate = Static<typeof PreferencesUpdateSchema>;

const WEEKDAY_HOURS = [{ start: '09:00', end: '18:00' }];

const officeType = (
  durationMinutes: number,
  isInPerson: boolean,
  defaultPlace: string | null,
): MeetingTypePreference => ({
  durationMinutes,
  windows: null,
  preferredTime: null,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  defaultPlace,
  isInPerson,
});

const socialType = (
  durationMinutes: number,
  windows: WallIntervalPreference[],
  preferredTime: string | null,
): MeetingTypePreference => ({
  durationMinutes,
  windows,
  preferredTime,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  defaultPlace: null,
  isInPerson: true,
});

/**
 * PRODUCT.md defaults: breakfast before 10:00, coffee 09:00–12:00 or 14:00–18:00, lunch at 13:00
 * (12:00–14:30), drinks 18:00–21:00, dinner from 19:30; calls, video calls and meetings in working hours.
 */
export const DEFAULT_MEETING_TYPE_PREFERENCES: Readonly<Record<MeetingTypeName, MeetingTypePreference>> = {
  call: officeType(30, false, null),
  video: officeType(30, false, null),
  meeting: officeType(60, true, 'office'),
  coffee: socialType(
    45,
    [
      { start: '09:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ],
    null,
  ),
  breakfast: socialType(60, [{ start: '07:00', end: '10:00' }], '08:00'),
  lunch: socialType(90, [{ start: '12:00', end: '14:30' }], '13:00'),
  dinner: socialType(120, [{ start: '19:30', end: '23:30' }], '19:30'),
  drinks: socialType(60, [{ start: '18:00', end: '21:00' }], '18:30'),
};

/** The preferences of a client who has set none, in their zone and language. */
export function defaultPreferences(timeZone: string, language: 'en' | 'fr'): Preferences {
  return {
    timeZone,
    workingHours: {
      1: WEEKDAY_HOURS,
      2: WEEKDAY_HOURS,
      3: WEEKDAY_HOURS,
      4: WEEKDAY_HOURS,
      5: WEEKDAY_HOURS,
      6: [],
      7: [],
    },
    dateOverrides: [],
    meetingTypes: { ...DEFAULT_MEETING_TYPE_PREFERENCES },
    addresses: { office: null, home: null, places: [] },
    contactMeans: { phone: null, conferenceNumber: null, videoLink: null },
    guestInstructions: { floor: null, doorCode: null, notes: null },
    minimumNoticeMinutes: null,
    horizonDays: 14,
    travelMinutes: { samePlace: 0, sameCity: 30, elsewhere: 90, unknown: 15 },
    maxMeetingsPerDay: null,
    language,
    proposalCount: 3,
    followUps: { count: 2 },
  };
}
