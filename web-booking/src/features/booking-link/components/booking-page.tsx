import { useCallback, useEffect, useState } from 'react';
import { detectTimeZone, formatDateTimeRange, isValidTimeZone } from '../../../lib/format-datetime.js';
import { ApiError } from '../../../lib/http.js';
import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import { pickLanguage } from '../../../lib/i18n/translate.js';
import { MeetingSummary } from '../../meeting/components/meeting-summary.js';
import { ProblemPanel } from '../../shell/components/problem-panel.js';
import { SlotPicker } from '../../slots/components/slot-picker.js';
import { TimeZonePicker } from '../../slots/components/time-zone-picker.js';
import type { TimedSlot } from '../../slots/group-slots-by-day.js';
import type { Slot } from '../../slots/slot.js';
import { useSlots } from '../../slots/use-slots.js';
import { useFocusOnMount } from '../../shell/use-focus-on-mount.js';
import { compactContactDetails, fetchLinkSlots, freshSlotsOf, isAlreadyBooked, type BookingLink } from '../api.js';
import { EMPTY_CONTACT_FORM, type ContactFormValues } from '../contact-fields.js';
import { initialTimeZone } from '../initial-time-zone.js';
import { useBookingLink } from '../use-booking-link.js';
import { useCreateBooking } from '../use-create-booking.js';
import { BookingConfirmation } from './booking-confirmation.js';
import { ContactForm } from './contact-form.js';

/** The page at /b/:token: loads the link, then runs the pick → details → confirmed flow. */
export function BookingPage({ token }: { readonly token: string }) {
  const { t, setLanguage } = useI18n();
  const { state, reload } = useBookingLink(token);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  useEffect(() => {
    // The browser's language wins; the link's language only when the browser speaks neither.
    if (state.status === 'ready') setLanguage(pickLanguage(navigator.languages, state.link.language));
  }, [state, setLanguage]);

  if (state.status === 'loading') {
    return (
      <p className="loading" aria-busy="true">
        {t('common.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <>
        <h1>{t('app.title')}</h1>
        <ProblemPanel error={state.error} onRetry={reload} />
      </>
    );
  }
  const bookedFor = state.link.bookedFor;
  if (bookedFor !== undefined && bookedFor !== null) return <AlreadyBooked link={state.link} slot={bookedFor} />;
  return <BookingFlow token={token} link={state.link} onBookedElsewhere={reload} />;
}

type Step = 'pick' | 'details' | 'confirmed';

/** The link's meeting is booked: when it is, and where to change it (the invitation's manage link). */
function AlreadyBooked({ link, slot }: { readonly link: BookingLink; readonly slot: Slot }) {
  const { t, locale } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const timeZone = initialTimeZone(detectTimeZone(), link.contactTimeZone);
  const when = formatDateTimeRange(Date.parse(slot.start), Date.parse(slot.end), { locale, timeZone });
  return (
    <>
      <h1>{t('meeting.with', { name: link.clientName })}</h1>
      <MeetingSummary meeting={link.meeting} />
      <section aria-labelledby="booked-heading" className="step confirmation">
        <h2 id="booked-heading" ref={headingRef} tabIndex={-1}>
          {t('booked.heading')}
        </h2>
        <p>
          <strong>{t('confirmation.when')}:</strong> <span data-testid="booked-when">{when}</span> ({timeZone})
        </p>
        <p className="hint">{t('booked.howToChange')}</p>
      </section>
    </>
  );
}

function BookingFlow({
  token,
  link,
  onBookedElsewhere,
}: {
  readonly token: string;
  readonly link: BookingLink;
  readonly onBookedElsewhere: () => void;
}) {
  const { t, locale } = useI18n();
  const [timeZone, setTimeZone] = useState(() => initialTimeZone(detectTimeZone(), link.contactTimeZone));
  const [step, setStep] = useState<Step>('pick');
  const [hasLeftPick, setLeftPick] = useState(false);
  const [selected, setSelected] = useState<TimedSlot | undefined>(undefined);
  const [form, setForm] = useState<ContactFormValues>(EMPTY_CONTACT_FORM);
  const [isSlotTaken, setSlotTaken] = useState(false);
  const loadSlots = useCallback((zone: string, signal: AbortSignal) => fetchLinkSlots(token, zone, signal), [token]);
  const slots = useSlots(loadSlots, timeZone);
  const booking = useCreateBooking(token);
  const pickHeadingRef = useFocusOnMount<HTMLHeadingElement>(step === 'pick' && hasLeftPick);
  const suggested =
    link.contactTimeZone !== null && isValidTimeZone(link.contactTimeZone) ? link.contactTimeZone : undefined;

  const goToPick = () => {
    setLeftPick(true);
    setStep('pick');
  };
  const select = (slot: TimedSlot) => {
    setSelected(slot);
    setSlotTaken(false);
    booking.reset();
    setStep('details');
  };
  const submit = async () => {
    if (selected === undefined) return;
    const result = await booking.submit({ start: selected.start, timeZone, form: compactContactDetails(form) });
    if (result.status === 'done') setStep('confirmed');
    else if (result.status === 'error' && result.error instanceof ApiError && result.error.status === 409) {
      if (isAlreadyBooked(result.error.body)) {
        onBookedElsewhere();
        return;
      }
      const fresh = freshSlotsOf(result.error.body);
      if (fresh === undefined) slots.reload();
      else slots.replace(fresh);
      setSelected(undefined);
      setSlotTaken(true);
      goToPick();
    }
  };

  return (
    <>
      <h1>{t('meeting.with', { name: link.clientName })}</h1>
      <MeetingSummary meeting={link.meeting} />
      {step === 'pick' ? (
        <section aria-labelledby="pick-heading" className="step">
          <h2 id="pick-heading" ref={pickHeadingRef} tabIndex={-1}>
            {t('slots.heading')}
          </h2>
          {isSlotTaken ? (
            <div className="panel panel-warning" role="alert">
              <p>{t('slots.taken')}</p>
            </div>
          ) : null}
          <TimeZonePicker
            timeZone={timeZone}
            suggestedTimeZone={suggested}
            referenceMs={firstSlotMs(slots.state) ?? Date.now()}
            onChange={setTimeZone}
          />
          <SlotPicker
            state={slots.state}
            timeZone={timeZone}
            selectedStart={selected?.start}
            onSelect={select}
            onRetry={slots.reload}
          />
        </section>
      ) : null}
      {step === 'details' && selected !== undefined ? (
        <ContactForm
          clientName={link.clientName}
          privacyNoticeUrl={link.privacyNoticeUrl}
          selectedText={formatDateTimeRange(selected.startMs, selected.endMs, { locale, timeZone })}
          values={form}
          isSubmitting={booking.state.status === 'submitting'}
          submitError={booking.state.status === 'error' ? booking.state.error : undefined}
          onChange={setForm}
          onSubmit={() => void submit()}
          onChangeTime={goToPick}
        />
      ) : null}
      {step === 'confirmed' && booking.state.status === 'done' ? (
        <BookingConfirmation booking={booking.state.booking} timeZone={timeZone} />
      ) : null}
    </>
  );
}

function firstSlotMs(state: ReturnType<typeof useSlots>['state']): number | undefined {
  if (state.status !== 'ready' || state.slots.length === 0) return undefined;
  const first = Date.parse(state.slots[0]?.start ?? '');
  return Number.isNaN(first) ? undefined : first;
}
