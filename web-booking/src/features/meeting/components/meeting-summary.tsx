import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import { durationMessage, meetingKindKey, type Meeting } from '../meeting.js';

/** Type, duration and place of the meeting, as a description list. */
export function MeetingSummary({ meeting }: { readonly meeting: Meeting }) {
  const { t } = useI18n();
  const kindKey = meetingKindKey(meeting.type);
  const duration = durationMessage(meeting.durationMinutes);
  const place = meeting.isRemote ? t('meeting.remote') : (meeting.location ?? t('meeting.placeToBeConfirmed'));
  return (
    <dl className="meeting-summary">
      <div>
        <dt>{t('meeting.type')}</dt>
        <dd>{kindKey === undefined ? meeting.type : t(kindKey)}</dd>
      </div>
      <div>
        <dt>{t('meeting.duration')}</dt>
        <dd>{t(duration.key, duration.params)}</dd>
      </div>
      <div>
        <dt>{t('meeting.place')}</dt>
        <dd>{meeting.isRemote && meeting.location !== null ? `${place} · ${meeting.location}` : place}</dd>
      </div>
    </dl>
  );
}
