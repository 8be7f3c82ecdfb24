/** The proposed slots with the reason for each (automated-decision disclosure) and the booking link. */
import type { SchedulingRequestView } from '@slash/shared';
import { formatSlot } from '../lib/format-datetime.js';
import type { Translate } from '../lib/i18n.js';

export function ProposalsList(props: {
  view: SchedulingRequestView;
  timeZone: string;
  language: 'en' | 'fr';
  t: Translate;
}) {
  const { view, timeZone, language, t } = props;
  const names = (emails: string[]) =>
    emails.map((email) => view.effective.contacts.find((contact) => contact.email === email)?.name ?? email).join(', ');
  return (
    <section aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t('proposals.title')}</h2>
      {view.proposals.length === 0 ? (
        <p className="notice">{t('proposals.none')}</p>
      ) : (
        <ol className="proposals">
          {view.proposals.map((proposal) => (
            <li key={proposal.start} data-testid="proposal" data-start={proposal.start} data-end={proposal.end}>
              <strong>{formatSlot(proposal, timeZone, language)}</strong>
              <p className="reason">{proposal.reason[language]}</p>
              {proposal.optionalAttendeesFree.length > 0 && (
                <p className="reason">
                  {t('proposals.optionalFree', { names: names(proposal.optionalAttendeesFree) })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {view.bookingLink !== null && (
        <p className="booking-link">
          {t('link.title')}:{' '}
          <a href={view.bookingLink.url} target="_blank" rel="noreferrer" data-testid="booking-link">
            {view.bookingLink.url}
          </a>{' '}
          <small>
            (
            {t('link.expires', {
              date:
                formatSlot(
                  { start: view.bookingLink.expiresAt, end: view.bookingLink.expiresAt },
                  timeZone,
                  language,
                ).split(',')[0] ?? '',
            })}
            )
          </small>
        </p>
      )}
    </section>
  );
}
