/**
 * Wire types of the scheduling API as the Gmail add-on uses them. They mirror
 * shared/src/contracts/{scheduling,preferences}.ts field for field; switch to
 * `import type { … } from '@slash/shared'` once the package entry exports those contracts.
 */
export type Language = 'en' | 'fr';
export type MeetingType = 'call' | 'video' | 'meeting' | 'coffee' | 'breakfast' | 'lunch' | 'dinner' | 'drinks';
export const MEETING_TYPES: readonly MeetingType[] = [
  'call',
  'video',
  'meeting',
  'coffee',
  'breakfast',
  'lunch',
  'dinner',
  'drinks',
];

export interface ThreadPerson {
  email: string;
  name?: string | null;
}
export interface ThreadMessage {
  from: ThreadPerson;
  to: ThreadPerson[];
  cc?: ThreadPerson[];
  date: string;
  body: string;
}
export interface Thread {
  subject: string;
  messages: ThreadMessage[];
}
export interface Contact {
  email: string;
  name: string | null;
  optional: boolean;
}
export interface TimeWindow {
  from: string;
  to: string | null;
}
export interface EffectiveRequest {
  contacts: Contact[];
  type: MeetingType;
  durationMinutes: number;
  location: string | null;
  timeWindows: TimeWindow[];
  excluded: TimeWindow[];
}
export interface Proposal {
  start: string;
  end: string;
  reasonCodes: string[];
  reason: { en: string; fr: string };
  optionalAttendeesFree: string[];
}
export interface SchedulingRequestView {
  id: string;
  status: 'open' | 'booked' | 'cancelled';
  needsReview: boolean;
  effective: EffectiveRequest;
  proposals: Proposal[];
  bookingLink: { url: string; expiresAt: string } | null;
  draftReply: { language: Language; subject: string; text: string; html: string };
}
export interface SchedulingRequestUpdate {
  type?: MeetingType;
  durationMinutes?: number;
  location?: string | null;
  timeWindows?: TimeWindow[];
  contacts?: Contact[];
}
export interface MeView {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  language: Language;
}

export interface WallInterval {
  start: string;
  end: string;
}
export interface MeetingTypePreference {
  durationMinutes: number;
  windows: WallInterval[] | null;
  preferredTime: string | null;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  defaultPlace: string | null;
  isInPerson: boolean;
}
export type Weekday = '1' | '2' | '3' | '4' | '5' | '6' | '7';
export const WEEKDAYS: readonly Weekday[] = ['1', '2', '3', '4', '5', '6', '7'];
export interface Preferences {
  timeZone: string;
  workingHours: Record<Weekday, WallInterval[]>;
  dateOverrides: { date: string; intervals: WallInterval[] }[];
  meetingTypes: Record<MeetingType, MeetingTypePreference>;
  addresses: { office: string | null; home: string | null; places: { name: string; address: string }[] };
  contactMeans: { phone: string | null; conferenceNumber: string | null; videoLink: string | null };
  guestInstructions: { floor: string | null; doorCode: string | null; notes: string | null };
  minimumNoticeMinutes: number | null;
  horizonDays: number;
  travelMinutes: { samePlace: number; sameCity: number; elsewhere: number; unknown: number };
  maxMeetingsPerDay: number | null;
  language: Language;
  proposalCount: number;
}
