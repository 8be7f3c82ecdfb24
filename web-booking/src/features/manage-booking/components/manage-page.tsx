import { useEffect, useRef, useState } from 'react';
import { detectTimeZone, formatDateTimeRange } from '../../../lib/format-datetime.js';
import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import type { MessageKey } from '../../../lib/i18n/messages-en.js';
import { initialTimeZone } from '../../booking-link/initial-time-zone.js';
import { MeetingSummary } from '../../meeting/components/meeting-summary.js';
import { useAnnounce } from '../../shell/components/announcer.js';
import { ProblemPanel } from '../../shell/components/problem-panel.js';
import { cancelBooking, type ManagedBooking } from '../api.js';
import { useManagedBooking } from '../use-managed-booking.js';
import { ConfirmBox } from './confirm-box.js';
import { RescheduleBooking } from './reschedule-booking.js';

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
        <RescheduleBooking
          token={token}
          booking={booking}
          timeZone={timeZone}
          onTimeZoneChange={setTimeZone}
          onDone={(newWhen) => finish(t('manage.rescheduledDone', { when: newWhen }))}
          onCancelledMeanwhile={() => finish(t('manage.rescheduleCancelled'))}
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
