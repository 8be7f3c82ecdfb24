import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatZoneName, formatZoneOffset, listTimeZones } from '../../../lib/format-datetime.js';
import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import { useAnnounce } from '../../shell/components/announcer.js';
import { useFocusOnMount } from '../../shell/use-focus-on-mount.js';
import { filterTimeZones } from '../filter-time-zones.js';

/** What the zone picker shows and reports. */
export interface TimeZonePickerProps {
  readonly timeZone: string;
  /** A second zone worth one click (the zone the client recorded for this contact). */
  readonly suggestedTimeZone?: string | undefined;
  /** The instant used to show the zone's current offset (first slot, else page load). */
  readonly referenceMs: number;
  onChange(timeZone: string): void;
}

/**
 * The zone the times are shown in, with a searchable list of every IANA zone: a search box filters a
 * native listbox (keyboard and screen-reader behaviour come from the browser); Enter in the search box
 * picks the first match.
 */
export function TimeZonePicker({ timeZone, suggestedTimeZone, referenceMs, onChange }: TimeZonePickerProps) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const [isOpen, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const choose = (zone: string) => {
    onChange(zone);
    setOpen(false);
    announce(t('zone.changed', { zone: formatZoneName(zone) }));
    toggleRef.current?.focus();
  };

  return (
    <div className="zone-bar">
      <p className="zone-current">
        {t('zone.showingIn', {
          zone: formatZoneName(timeZone),
          offset: formatZoneOffset(timeZone, referenceMs, locale),
        })}
      </p>
      <div className="zone-actions">
        <button
          ref={toggleRef}
          type="button"
          className="button button-secondary"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={() => setOpen((open) => !open)}
        >
          {isOpen ? t('zone.close') : t('zone.change')}
        </button>
        {suggestedTimeZone !== undefined && suggestedTimeZone !== timeZone ? (
          <button type="button" className="button button-secondary" onClick={() => choose(suggestedTimeZone)}>
            {t('zone.useSuggested', { zone: formatZoneName(suggestedTimeZone) })}
          </button>
        ) : null}
      </div>
      {isOpen ? <ZoneSearch id={panelId} timeZone={timeZone} onChoose={choose} /> : null}
    </div>
  );
}

function ZoneSearch({ id, timeZone, onChoose }: { id: string; timeZone: string; onChoose(zone: string): void }) {
  const { t } = useI18n();
  const allZones = useMemo(listTimeZones, []);
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState(timeZone);
  const searchRef = useFocusOnMount<HTMLInputElement>();
  const matches = useMemo(() => filterTimeZones(allZones, query), [allZones, query]);
  const searchId = `${id}-search`;
  const listId = `${id}-list`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const zone = matches.includes(pending) ? pending : matches[0];
    if (zone !== undefined) onChoose(zone);
  };

  return (
    <form id={id} className="zone-search" onSubmit={submit}>
      <label htmlFor={searchId}>{t('zone.search')}</label>
      <input
        ref={searchRef}
        id={searchId}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <label htmlFor={listId}>{t('zone.list')}</label>
      <select
        id={listId}
        size={8}
        value={matches.includes(pending) ? pending : ''}
        onChange={(event) => setPending(event.target.value)}
        onDoubleClick={() => onChoose(pending)}
      >
        {matches.map((zone) => (
          <option key={zone} value={zone}>
            {formatZoneName(zone)}
          </option>
        ))}
      </select>
      {matches.length === 0 ? <p role="status">{t('zone.noMatch', { query })}</p> : null}
      <button type="submit" className="button" disabled={matches.length === 0}>
        {t('zone.apply')}
      </button>
    </form>
  );
}
