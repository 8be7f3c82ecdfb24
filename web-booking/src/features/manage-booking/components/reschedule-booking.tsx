import { useCallback, useEffect, useRef, useState } from 'react';
import { formatDateTimeRange } from '../../../lib/format-datetime.js';
import { ApiError, newIdempotencyKey } from '../../../lib/http.js';
import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import { freshSlotsOf } from '../../booking-link/api.js';
import { useFocusOnMount } from '../../shell/use-focus-on-mount.js';
import { SlotPicker } from '../../slots/components/slot-picker.js';
import { TimeZonePicker } from '../../slots/components/time-zone-picker.js';
import type { TimedSlot } from '../../slots/group-slots-by-day.js';
import { useSlots } from '../../slots/use-slots.js';
import { fetchRescheduleSlots, isBookingCancelledError, rescheduleBooking, type ManagedBooking } from '../api.js';
import { slotsToMoveTo } from '../slots-to-move-to.js';
import { ConfirmBox } from './confirm-box.js';

/** What the reschedule step needs and reports. */
export interface RescheduleBookingProps {
  readonly token: string;
  readonly booking: ManagedBooking;
  readonly timeZone: string;
  onTimeZoneChange(timeZone: string): void;
  /** The move is done; `newWhen` is the new time as shown to the contact. */
  onDone(newWhen: string): void;
  /** The booking was cancelled (in another tab, by the client) while the contact was choosing. */
  onCancelledMeanwhile(): void;
  onBack(): void;
}

/**
 * Moving a booking: the times the API says it may move to (live, its own time counted as free),
 * grouped by day in the contact's zone, then a confirmation. A 409 means the time was taken meanwhile
 * (the problem carries fresh slots) or the booking was cancelled meanwhile.
 */
export function RescheduleBooking(props: RescheduleBookingProps) {
  const { token, booking, timeZone } = props;
  const { t, locale } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const loadSlots = useCallback(
    async (zone: string, signal: AbortSignal) => {
      const list = await fetchRescheduleSlots(token, zone, signal);
      return { ...list, slots: slotsToMoveTo(list.slots, booking.start) };
    },
    [token, booking.start],
  );
  const slots = useSlots(loadSlots, timeZone);
  const [selected, setSelected] = useState<TimedSlot | undefined>(undefined);
  const [isTaken, setTaken] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setBusy] = useState(false);
  const keyRef = useRef<{ start: string; key: string } | undefined>(undefined);
  const { onCancelledMeanwhile } = props;
  const isCancelledMeanwhile = slots.state.status === 'error' && isBookingCancelledError(slots.state.error);
  useEffect(() => {
    if (isCancelledMeanwhile) onCancelledMeanwhile();
  }, [isCancelledMeanwhile, onCancelledMeanwhile]);

  const confirm = async (slot: TimedSlot) => {
    // One key per target time, so a retry after a network error is recognisably the same request.
    if (keyRef.current?.start !== slot.start) keyRef.current = { start: slot.start, key: newIdempotencyKey() };
    setBusy(true);
    setError(undefined);
    try {
      await rescheduleBooking(token, { start: slot.start, timeZone }, keyRef.current.key);
      props.onDone(formatDateTimeRange(slot.startMs, slot.endMs, { locale, timeZone }));
    } catch (caught) {
      if (isBookingCancelledError(caught)) onCancelledMeanwhile();
      else if (caught instanceof ApiError && caught.status === 409) {
        const fresh = freshSlotsOf(caught.body);
        if (fresh === undefined) slots.reload();
        else slots.replace(slotsToMoveTo(fresh, booking.start));
        setSelected(undefined);
        setTaken(true);
      } else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="reschedule-heading" className="step">
      <h2 id="reschedule-heading" ref={headingRef} tabIndex={-1}>
        {t('manage.rescheduleHeading')}
      </h2>
      <p>
        {t('manage.rescheduleIntro', {
          when: formatDateTimeRange(Date.parse(booking.start), Date.parse(booking.end), { locale, timeZone }),
        })}
      </p>
      <button type="button" className="button button-secondary" onClick={props.onBack}>
        {t('common.back')}
      </button>
      {isTaken ? (
        <div className="panel panel-warning" role="alert">
          <p>{t('slots.taken')}</p>
        </div>
      ) : null}
      {selected === undefined ? (
        <>
          <TimeZonePicker timeZone={timeZone} referenceMs={Date.now()} onChange={props.onTimeZoneChange} />
          <SlotPicker
            state={slots.state}
            timeZone={timeZone}
            emptyText={{
              title: t('manage.rescheduleNone'),
              help: t('manage.rescheduleNoneHelp', { name: booking.clientName }),
            }}
            onSelect={(slot) => {
              setTaken(false);
              setSelected(slot);
            }}
            onRetry={slots.reload}
          />
        </>
      ) : (
        <ConfirmBox
          question={t('manage.rescheduleConfirmQuestion', {
            when: formatDateTimeRange(selected.startMs, selected.endMs, { locale, timeZone }),
          })}
          confirmLabel={isBusy ? t('manage.rescheduling') : t('manage.rescheduleConfirm')}
          backLabel={t('common.back')}
          isBusy={isBusy}
          error={error}
          onConfirm={() => void confirm(selected)}
          onBack={() => setSelected(undefined)}
        />
      )}
    </section>
  );
}
