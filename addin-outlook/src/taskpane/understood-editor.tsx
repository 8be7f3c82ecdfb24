/**
 * What Slash understood — type, duration, place, time window — each editable. Changes are sent
 * together with "Update proposals" (one PATCH, fresh proposals).
 */
import { useEffect, useState } from 'react';
import type { EffectiveRequest, MeetingTypeName, UpdateSchedulingRequestBody } from '@slash/shared';
import { MEETING_TYPES } from '../lib/preference-keys.js';
import { localDate, nextDate, startOfLocalDay } from '../lib/format-datetime.js';
import type { Translate } from '../lib/i18n.js';

interface Draft {
  type: MeetingTypeName;
  duration: string;
  location: string;
  from: string;
  to: string;
}

function draftOf(effective: EffectiveRequest, timeZone: string): Draft {
  const first = effective.timeWindows[0];
  const last = effective.timeWindows[effective.timeWindows.length - 1];
  // `to` is exclusive: the last day shown is the day before it.
  const lastDay = last?.to ? localDate(new Date(Date.parse(last.to) - 1).toISOString(), timeZone) : '';
  return {
    type: effective.type,
    duration: String(effective.durationMinutes),
    location: effective.location ?? '',
    from: first ? localDate(first.from, timeZone) : '',
    to: lastDay,
  };
}

/** The PATCH for what changed; undefined fields are left alone by the API. */
export function patchOf(before: Draft, after: Draft, timeZone: string): UpdateSchedulingRequestBody {
  const patch: UpdateSchedulingRequestBody = {};
  if (after.type !== before.type) patch.type = after.type;
  if (after.duration !== before.duration) patch.durationMinutes = Number(after.duration);
  if (after.location !== before.location) patch.location = after.location.trim() === '' ? null : after.location.trim();
  if ((after.from !== before.from || after.to !== before.to) && after.from !== '') {
    patch.timeWindows = [
      {
        from: startOfLocalDay(after.from, timeZone),
        to: after.to === '' ? null : startOfLocalDay(nextDate(after.to), timeZone),
      },
    ];
  }
  return patch;
}

export function UnderstoodEditor(props: {
  effective: EffectiveRequest;
  needsReview: boolean;
  timeZone: string;
  disabled: boolean;
  t: Translate;
  onApply: (patch: UpdateSchedulingRequestBody) => void;
}) {
  const { effective, timeZone, disabled, t } = props;
  const [before, setBefore] = useState(() => draftOf(effective, timeZone));
  const [draft, setDraft] = useState(before);
  useEffect(() => {
    const fresh = draftOf(effective, timeZone);
    setBefore(fresh);
    setDraft(fresh);
  }, [effective, timeZone]);

  const durationOk = /^\d+$/.test(draft.duration) && Number(draft.duration) >= 5 && Number(draft.duration) <= 720;
  const patch = patchOf(before, draft, timeZone);
  const set = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));

  return (
    <section aria-labelledby="understood-title">
      <h2 id="understood-title">{t('understood.title')}</h2>
      {props.needsReview && <p className="notice">{t('understood.needsReview')}</p>}
      <form
        className="grid"
        onSubmit={(event) => {
          event.preventDefault();
          if (durationOk && Object.keys(patch).length > 0) props.onApply(patch);
        }}
      >
        <label>
          {t('understood.type')}
          <select
            name="type"
            value={draft.type}
            disabled={disabled}
            onChange={(event) => set({ type: event.target.value as MeetingTypeName })}
          >
            {MEETING_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('understood.duration')}
          <input
            name="durationMinutes"
            type="number"
            min={5}
            max={720}
            step={5}
            value={draft.duration}
            disabled={disabled}
            onChange={(event) => set({ duration: event.target.value })}
          />
        </label>
        <label>
          {t('understood.place')}
          <input
            name="location"
            type="text"
            maxLength={300}
            placeholder={t('understood.placeNone')}
            value={draft.location}
            disabled={disabled}
            onChange={(event) => set({ location: event.target.value })}
          />
        </label>
        <label>
          {t('understood.from')}
          <input
            name="windowFrom"
            type="date"
            value={draft.from}
            disabled={disabled}
            onChange={(event) => set({ from: event.target.value })}
          />
        </label>
        <label>
          {t('understood.to')}
          <input
            name="windowTo"
            type="date"
            value={draft.to}
            min={draft.from}
            disabled={disabled}
            onChange={(event) => set({ to: event.target.value })}
          />
        </label>
        <button type="submit" disabled={disabled || !durationOk || Object.keys(patch).length === 0}>
          {t('understood.apply')}
        </button>
      </form>
    </section>
  );
}
