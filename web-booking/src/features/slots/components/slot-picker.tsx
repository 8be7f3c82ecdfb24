import { useEffect, useMemo, useState } from 'react';
import { formatDayHeading, formatTime } from '../../../lib/format-datetime.js';
import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import { useAnnounce } from '../../shell/components/announcer.js';
import { ProblemPanel } from '../../shell/components/problem-panel.js';
import { groupSlotsByDay, type TimedSlot } from '../group-slots-by-day.js';
import type { SlotsState } from '../use-slots.js';

/** Days shown before "Show more days": enough to choose, few enough to scan on a phone. */
const DAYS_PER_PAGE = 7;

/** What the slot picker shows and reports. */
export interface SlotPickerProps {
  readonly state: SlotsState;
  readonly timeZone: string;
  readonly selectedStart?: string | undefined;
  /** What to say when there is no slot (defaults to the booking link's wording). */
  readonly emptyText?: { readonly title: string; readonly help: string } | undefined;
  onSelect(slot: TimedSlot): void;
  onRetry(): void;
}

/** Free slots grouped by local day, one real button per slot (aria-pressed marks the chosen one). */
export function SlotPicker({ state, timeZone, selectedStart, emptyText, onSelect, onRetry }: SlotPickerProps) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const [visibleDays, setVisibleDays] = useState(DAYS_PER_PAGE);
  const days = useMemo(
    () => (state.status === 'ready' ? groupSlotsByDay(state.slots, timeZone) : []),
    [state, timeZone],
  );
  const slotCount = days.reduce((count, day) => count + day.slots.length, 0);

  useEffect(() => {
    if (state.status === 'ready') announce(t('slots.count', { count: slotCount, days: days.length }));
  }, [state, slotCount, days.length, announce, t]);

  const showMore = () => {
    const firstNew = days[visibleDays];
    setVisibleDays((count) => count + DAYS_PER_PAGE);
    // Focus the first newly shown day so keyboard users continue from there.
    if (firstNew !== undefined) requestAnimationFrame(() => document.getElementById(dayId(firstNew.dayKey))?.focus());
  };

  if (state.status === 'loading') {
    return (
      <p className="loading" aria-busy="true">
        {t('slots.loading')}
      </p>
    );
  }
  if (state.status === 'error') return <ProblemPanel error={state.error} onRetry={onRetry} />;
  if (days.length === 0) {
    return (
      <div className="panel">
        <p>{emptyText?.title ?? t('slots.none')}</p>
        <p>{emptyText?.help ?? t('slots.noneHelp')}</p>
      </div>
    );
  }
  return (
    <div className="slot-days" data-time-zone={timeZone}>
      {days.slice(0, visibleDays).map((day) => {
        const heading = formatDayHeading(day.dayKey, locale);
        return (
          <div key={day.dayKey} className="slot-day" role="group" aria-labelledby={dayId(day.dayKey)}>
            <h3 id={dayId(day.dayKey)} tabIndex={-1}>
              {heading}
            </h3>
            <ul className="slot-list">
              {day.slots.map((slot) => (
                <li key={slot.start}>
                  <button
                    type="button"
                    className="slot"
                    aria-pressed={slot.start === selectedStart}
                    data-start={slot.start}
                    onClick={() => onSelect(slot)}
                  >
                    {formatTime(slot.startMs, { locale, timeZone })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {days.length > visibleDays ? (
        <button type="button" className="button button-secondary" onClick={showMore}>
          {t('slots.showMoreDays')}
        </button>
      ) : null}
    </div>
  );
}

function dayId(dayKey: string): string {
  return `slot-day-${dayKey}`;
}
