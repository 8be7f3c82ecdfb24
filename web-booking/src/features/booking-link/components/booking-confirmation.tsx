import { formatDateTimeRange } from '../../../lib/format-datetime.js';
import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import { useFocusOnMount } from '../../shell/use-focus-on-mount.js';
import type { CreatedBooking } from '../api.js';

/** Step 3: what was booked, the .ics download and the manage link; focus starts on its heading. */
export function BookingConfirmation({
  booking,
  timeZone,
}: {
  readonly booking: CreatedBooking;
  readonly timeZone: string;
}) {
  const { t, locale } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const when = formatDateTimeRange(Date.parse(booking.start), Date.parse(booking.end), { locale, timeZone });
  return (
    <section aria-labelledby="confirmation-heading" className="step confirmation">
      <h2 id="confirmation-heading" ref={headingRef} tabIndex={-1}>
        {t('confirmation.heading')}
      </h2>
      <p>
        <strong>{t('confirmation.when')}:</strong> <span data-testid="confirmed-when">{when}</span>
      </p>
      <ul className="link-list">
        <li>
          <a className="button button-primary" href={booking.icsUrl} download="invite.ics">
            {t('confirmation.addToCalendar')}
          </a>
        </li>
        <li>
          <a className="button button-secondary" href={booking.manageUrl}>
            {t('confirmation.manage')}
          </a>
        </li>
      </ul>
      <p className="hint">{t('confirmation.keepLink')}</p>
    </section>
  );
}
