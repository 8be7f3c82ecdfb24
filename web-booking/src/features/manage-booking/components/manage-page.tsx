import { useCallback, useEffect, useRef, useState } from 'react';
import { detectTimeZone, formatDateTimeRange } from '../../../lib/format-datetime.js';
import { ApiError, isGoneError, newIdempotencyKey } from '../../../lib/http.js';
import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import type { MessageKey } from '../../../lib/i18n/messages-en.js';
import { freshSlotsOf } from '../../booking-link/api.js';
import { initialTimeZone } from '../../booking-link/initial-time-zone.js';
import { MeetingSummary } from '../../meeting/components/meeting-summary.js';
import { useAnnounce } from '../../shell/components/announcer.js';
import { ProblemPanel } from '../../shell/components/problem-panel.js';
import { useFocusOnMount } from '../../shell/use-focus-on-mount.js';
import { SlotPicker } from '../../slots/components/slot-picker.js';
import { TimeZonePicker } from '../../slots/components/time-zone-picker.js';
import type { TimedSlot } from '../../slots/group-slots-by-day.js';
import { useSlots } from '../../slots/use-slots.js';
import { cancelBooking, fetchRescheduleSlots, rescheduleBooking, type ManagedBooking } from '../api.js';
import { useManagedBooking } from '../use-managed-booking.js';

/** The page at /m/:manageToken: shows the booking and lets the contact cancel it or move it. */
export function ManagePage({ token }: { readonly token: string }) {
  const { t } = useI18n();
  const { state, reload } = useManagedBooking(token);
  useEffect(() => {
    document.title = t('app.manageTitle');
  }, [t]);
  if (state.status === 'loading') {
    return (
      <p className="loading" aria-busy="true">
        {t('manage.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <>
        <h1>{t('app.manageTitle')}</h1>
        <ProblemPanel error={state.error} onRetry={reload} />
      </>
    );
  }
  return <ManageBooking token={token} booking={state.booking} onChanged={reload} />;
}

type Mode = 'view' | 'cancel' | 'reschedule';

interface ManageBookingProps {
  readonly token: string;
  readonly booking: ManagedBooking;
  onChanged(): void;
}

function ManageBooking({ token, booking, onChanged }: ManageBookingProps) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const [timeZone, setTimeZone] = useState(() => initialTimeZone(detectTimeZone(), null));
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [busyError, setBusyError] = useState<unknown>(undefined);
  const [isBusy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const when = formatDateTimeRange(Date.parse(booking.start), Date.parse(booking.end), { locale, timeZone });
  const isCancelled = booking.status === 'cancelled';
  // After a cancel or a move the buttons that had focus are gone: put focus on the outcome.
  useEffect(() => {
    if (notice !== undefined) noticeRef.current?.focus();
  }, [notice]);

  const finish = (message: string) => {
    setMode('view');
    setNotice(message);
    announce(message);
    onChanged();
  };
  const cancel = async () => {
    setBusy(true);
    setBusyError(undefined);
    try {
      await cancelBooking(token);
      finish(t('manage.cancelledDone', { name: booking.clientName }));
    } catch (error) {
      setBusyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('meeting.with', { name: booking.clientName })}</h1>
      <p className="booking-when">
        <strong>{t('confirmation.when')}:</strong> <span data-testid="booking-when">{when}</span>
      </p>
      <p>
        <strong>{t('manage.status')}:</strong> {statusText(booking.status, t)}
      </p>
      <MeetingSummary meeting={booking.meeting} />
      {notice === undefined ? null : (
        <div ref={noticeRef} className="panel panel-success" tabIndex={-1}>
          <p>{notice}</p>
        </div>
      )}
      {isCancelled ? <p>{t('manage.cancelledNotice')}</p> : null}
      {!isCancelled && mode === 'view' ? (
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => setMode('reschedule')}>
            {t('manage.reschedule')}
          </button>
          <button type="button" className="button button-danger" onClick={() => setMode('cancel')}>
            {t('manage.cancel')}
          </button>
        </div>
      ) : null}
      {!isCancelled && mode === 'cancel' ? (
        <ConfirmBox
          question={t('manage.cancelConfirmQuestion', { name: booking.clientName })}
          confirmLabel={isBusy ? t('manage.cancelling') : t('manage.cancelConfirm')}
          backLabel={t('manage.cancelKeep')}
          isBusy={isBusy}
          error={busyError}
          isDanger
          onConfirm={() => void cancel()}
          onBack={() => setMode('view')}
        />
      ) : null}
      {!isCancelled && mode === 'reschedule' ? (
        <Reschedule
          token={token}
          timeZone={timeZone}
          onTimeZoneChange={setTimeZone}
          onDone={(newWhen) => finish(t('manage.rescheduledDone', { when: newWhen }))}
          onBack={() => setMode('view')}
        />
      ) : null}
    </>
  );
}

function statusText(status: string, t: ReturnType<typeof useI18n>['t']): string {
  const key = `manage.status.${status}`;
  return ['confirmed', 'cancelled', 'pending'].includes(status) ? t(key as MessageKey) : status;
}

interface ConfirmBoxProps {
  readonly question: string;
  readonly confirmLabel: string;
  readonly backLabel: string;
  readonly isBusy: boolean;
  readonly isDanger?: boolean;
  readonly error: unknown;
  onConfirm(): void;
  onBack(): void;
}

/** A yes/no question that takes focus when it appears (its question is the first thing read). */
function ConfirmBox(props: ConfirmBoxProps) {
  const questionRef = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div className="panel confirm-box">
      <p ref={questionRef} tabIndex={-1} className="confirm-question">
        {props.question}
      </p>
      {props.error === undefined ? null : <ProblemPanel error={props.error} />}
      <div className="actions">
        <button
          type="button"
          className={`button ${props.isDanger ? 'button-danger' : 'button-primary'}`}
          disabled={props.isBusy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={props.onBack}>
          {props.backLabel}
        </button>
      </div>
    </div>
  );
}

interface RescheduleProps {
  readonly token: string;
  readonly timeZone: string;
  onTimeZoneChange(timeZone: string): void;
  onDone(newWhen: string): void;
  onBack(): void;
}

function Reschedule({ token, timeZone, onTimeZoneChange, onDone, onBack }: RescheduleProps) {
  const { t, locale } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const loadSlots = useCallback(
    (zone: string, signal: AbortSignal) => fetchRescheduleSlots(token, zone, signal),
    [token],
  );
  const slots = useSlots(loadSlots, timeZone);
  const [selected, setSelected] = useState<TimedSlot | undefined>(undefined);
  const [isTaken, setTaken] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setBusy] = useState(false);
  const keyRef = useRef<{ start: string; key: string } | undefined>(undefined);

  const confirm = async (slot: TimedSlot) => {
    // One key per target time: a retry after a network error is answered once by the server.
    if (keyRef.current?.start !== slot.start) keyRef.current = { start: slot.start, key: newIdempotencyKey() };
    setBusy(true);
    setError(undefined);
    try {
      await rescheduleBooking(token, { start: slot.start, timeZone }, keyRef.current.key);
      onDone(formatDateTimeRange(slot.startMs, slot.endMs, { locale, timeZone }));
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        const fresh = freshSlotsOf(caught.body);
        if (fresh === undefined) slots.reload();
        else slots.replace(fresh);
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
      <button type="button" className="button button-secondary" onClick={onBack}>
        {t('common.back')}
      </button>
      {isTaken ? (
        <div className="panel panel-warning" role="alert">
          <p>{t('slots.taken')}</p>
        </div>
      ) : null}
      {selected === undefined ? (
        <>
          <TimeZonePicker timeZone={timeZone} referenceMs={Date.now()} onChange={onTimeZoneChange} />
          <SlotPicker
            state={
              // Without a reschedule slots endpoint the API answers 404: say what to do instead of "expired".
              slots.state.status === 'error' && isGoneError(slots.state.error)
                ? { status: 'error', error: new RangeError(t('manage.rescheduleUnavailable')) }
                : slots.state
            }
            timeZone={timeZone}
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
