/**
 * The Preferences tab: every preference of GET /v1/me/preferences, saved whole with PUT; a 400's
 * field problems show beside the inputs they name.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, type ApiClient } from '../lib/api-client.js';
import type { Preferences } from '@slash/shared';
import { describeError, type ErrorDescription } from '../lib/describe-error.js';
import type { Translate } from '../lib/i18n.js';
import { problemsByPath, setIn, type Path } from '../lib/preferences-form.js';
import { MEETING_TYPES, WEEKDAYS } from '../lib/preference-keys.js';
import { ErrorBanner } from './error-banner.js';
import { CheckField, IntervalsField, NumberField, TextField, type FieldContext } from './preferences-fields.js';

const DAY_NAMES = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  fr: ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'],
};

export function PreferencesTab(props: { api: ApiClient; language: 'en' | 'fr'; t: Translate }) {
  const { api, language, t } = props;
  const say = (en: string, fr: string) => (language === 'fr' ? fr : en);
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [problems, setProblems] = useState(new Map<string, string>());
  const [status, setStatus] = useState<'loading' | 'idle' | 'saving' | 'saved' | 'invalid'>('loading');
  const [error, setError] = useState<ErrorDescription | null>(null);

  const load = useCallback(async () => {
    setStatus('loading');
    setError(null);
    try {
      setPrefs(await api.getPreferences());
      setStatus('idle');
    } catch (caught) {
      setError(describeError(caught));
      setStatus('idle');
    }
  }, [api]);
  useEffect(() => void load(), [load]);

  const save = async () => {
    if (prefs === null) return;
    setStatus('saving');
    setError(null);
    try {
      setPrefs(await api.putPreferences(prefs));
      setProblems(new Map());
      setStatus('saved');
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 400 && caught.errors.length > 0) {
        setProblems(problemsByPath(caught.errors));
        setStatus('invalid');
      } else {
        setError(describeError(caught));
        setStatus('idle');
      }
    }
  };

  if (prefs === null) {
    return error ? (
      <ErrorBanner error={error} t={t} onAction={() => void load()} />
    ) : (
      <p className="loading" role="status">
        {t('loading.reading')}
      </p>
    );
  }
  const context: FieldContext = {
    problems,
    disabled: status === 'saving',
    t,
    set: (path: Path, value: unknown) => {
      setPrefs((current) => (current === null ? current : setIn(current, path, value)));
      setStatus((current) => (current === 'saved' ? 'idle' : current));
    },
  };
  return (
    <form
      className="preferences"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {error !== null && <ErrorBanner error={error} t={t} onAction={() => void save()} />}
      {status === 'invalid' && (
        <p role="alert" className="error">
          {t('prefs.invalid')}
        </p>
      )}
      <fieldset>
        <legend>{say('General', 'Général')}</legend>
        <TextField
          context={context}
          path={['timeZone']}
          label={say('Time zone', 'Fuseau horaire')}
          value={prefs.timeZone}
        />
        <label className="field">
          {say('Language', 'Langue')}
          <select
            name="language"
            value={prefs.language}
            onChange={(event) => context.set(['language'], event.target.value)}
          >
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
        <NumberField
          context={context}
          path={['proposalCount']}
          label={say('Times proposed per reply', 'Créneaux proposés par réponse')}
          value={prefs.proposalCount}
        />
        <NumberField
          context={context}
          path={['horizonDays']}
          label={say('Look ahead (days)', 'Horizon (jours)')}
          value={prefs.horizonDays}
        />
        <NumberField
          context={context}
          path={['minimumNoticeMinutes']}
          nullable
          placeholder={say('Day after tomorrow', 'Après-demain')}
          label={say('Minimum notice (minutes)', 'Préavis minimum (minutes)')}
          value={prefs.minimumNoticeMinutes}
        />
        <NumberField
          context={context}
          path={['maxMeetingsPerDay']}
          nullable
          placeholder={say('No limit', 'Sans limite')}
          label={say('Most meetings a day', 'Rendez-vous par jour au maximum')}
          value={prefs.maxMeetingsPerDay}
        />
      </fieldset>
      <fieldset>
        <legend>{say('Working hours', 'Heures de travail')}</legend>
        {WEEKDAYS.map((day, index) => (
          <IntervalsField
            key={day}
            context={context}
            path={['workingHours', day]}
            label={DAY_NAMES[language][index] ?? day}
            value={prefs.workingHours[day]}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{say('Date exceptions', 'Exceptions par date')}</legend>
        {prefs.dateOverrides.map((override, index) => (
          <div key={index} className="override">
            <TextField
              context={context}
              path={['dateOverrides', index, 'date']}
              type="date"
              label={say('Date', 'Date')}
              value={override.date}
            />
            <IntervalsField
              context={context}
              path={['dateOverrides', index, 'intervals']}
              label={say('Hours that day', 'Horaires ce jour-là')}
              value={override.intervals}
            />
            <button
              type="button"
              onClick={() =>
                context.set(
                  ['dateOverrides'],
                  prefs.dateOverrides.filter((_, i) => i !== index),
                )
              }
            >
              {t('prefs.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => context.set(['dateOverrides'], [...prefs.dateOverrides, { date: '', intervals: [] }])}
        >
          {t('prefs.addOverride')}
        </button>
      </fieldset>
      {MEETING_TYPES.map((type) => {
        const meeting = prefs.meetingTypes[type];
        const base = ['meetingTypes', type];
        return (
          <fieldset key={type}>
            <legend>{t(`type.${type}`)}</legend>
            <NumberField
              context={context}
              path={[...base, 'durationMinutes']}
              label={t('understood.duration')}
              value={meeting.durationMinutes}
            />
            <TextField
              context={context}
              path={[...base, 'preferredTime']}
              type="time"
              nullable
              label={say('Preferred start', 'Début souhaité')}
              value={meeting.preferredTime}
            />
            <NumberField
              context={context}
              path={[...base, 'bufferBeforeMinutes']}
              label={say('Buffer before (min)', 'Marge avant (min)')}
              value={meeting.bufferBeforeMinutes}
            />
            <NumberField
              context={context}
              path={[...base, 'bufferAfterMinutes']}
              label={say('Buffer after (min)', 'Marge après (min)')}
              value={meeting.bufferAfterMinutes}
            />
            <TextField
              context={context}
              path={[...base, 'defaultPlace']}
              nullable
              label={say('Default place', 'Lieu par défaut')}
              value={meeting.defaultPlace}
            />
            <CheckField
              context={context}
              path={[...base, 'isInPerson']}
              label={say('In person', 'En personne')}
              value={meeting.isInPerson}
            />
            <label className="field check">
              <input
                name={`meetingTypes.${type}.windowsFromWorkingHours`}
                type="checkbox"
                checked={meeting.windows === null}
                onChange={(event) =>
                  context.set([...base, 'windows'], event.target.checked ? null : [{ start: '09:00', end: '18:00' }])
                }
              />
              {say('Within working hours', 'Pendant les heures de travail')}
            </label>
            {meeting.windows !== null && (
              <IntervalsField
                context={context}
                path={[...base, 'windows']}
                label={say('Allowed hours', 'Horaires possibles')}
                value={meeting.windows}
              />
            )}
          </fieldset>
        );
      })}
      <fieldset>
        <legend>{say('Addresses', 'Adresses')}</legend>
        <TextField
          context={context}
          path={['addresses', 'office']}
          nullable
          label={say('Office', 'Bureau')}
          value={prefs.addresses.office}
        />
        <TextField
          context={context}
          path={['addresses', 'home']}
          nullable
          label={say('Home', 'Domicile')}
          value={prefs.addresses.home}
        />
        {prefs.addresses.places.map((place, index) => (
          <div key={index} className="place">
            <TextField
              context={context}
              path={['addresses', 'places', index, 'name']}
              label={say('Name', 'Nom')}
              value={place.name}
            />
            <TextField
              context={context}
              path={['addresses', 'places', index, 'address']}
              label={say('Address', 'Adresse')}
              value={place.address}
            />
            <button
              type="button"
              onClick={() =>
                context.set(
                  ['addresses', 'places'],
                  prefs.addresses.places.filter((_, i) => i !== index),
                )
              }
            >
              {t('prefs.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => context.set(['addresses', 'places'], [...prefs.addresses.places, { name: '', address: '' }])}
        >
          {t('prefs.addPlace')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{say('Ways to reach you', 'Moyens de vous joindre')}</legend>
        <TextField
          context={context}
          path={['contactMeans', 'phone']}
          nullable
          label={say('Phone', 'Téléphone')}
          value={prefs.contactMeans.phone}
        />
        <TextField
          context={context}
          path={['contactMeans', 'conferenceNumber']}
          nullable
          label={say('Conference number', 'Numéro de conférence')}
          value={prefs.contactMeans.conferenceNumber}
        />
        <TextField
          context={context}
          path={['contactMeans', 'videoLink']}
          nullable
          label={say('Video link', 'Lien visio')}
          value={prefs.contactMeans.videoLink}
        />
      </fieldset>
      <fieldset>
        <legend>{say('Instructions for guests', 'Instructions pour les invités')}</legend>
        <TextField
          context={context}
          path={['guestInstructions', 'floor']}
          nullable
          label={say('Floor', 'Étage')}
          value={prefs.guestInstructions.floor}
        />
        <TextField
          context={context}
          path={['guestInstructions', 'doorCode']}
          nullable
          label={say('Door code', 'Digicode')}
          value={prefs.guestInstructions.doorCode}
        />
        <TextField
          context={context}
          path={['guestInstructions', 'notes']}
          nullable
          label={say('Notes', 'Remarques')}
          value={prefs.guestInstructions.notes}
        />
      </fieldset>
      <fieldset>
        <legend>{say('Travel time (minutes)', 'Temps de trajet (minutes)')}</legend>
        <NumberField
          context={context}
          path={['travelMinutes', 'samePlace']}
          label={say('Same place', 'Même lieu')}
          value={prefs.travelMinutes.samePlace}
        />
        <NumberField
          context={context}
          path={['travelMinutes', 'sameCity']}
          label={say('Same city', 'Même ville')}
          value={prefs.travelMinutes.sameCity}
        />
        <NumberField
          context={context}
          path={['travelMinutes', 'elsewhere']}
          label={say('Elsewhere', 'Ailleurs')}
          value={prefs.travelMinutes.elsewhere}
        />
        <NumberField
          context={context}
          path={['travelMinutes', 'unknown']}
          label={say('Unknown', 'Inconnu')}
          value={prefs.travelMinutes.unknown}
        />
      </fieldset>
      <fieldset>
        <legend>{say('Follow-ups by email', 'Relances par e-mail')}</legend>
        <NumberField
          context={context}
          path={['followUps', 'count']}
          label={say(
            'Reminders to contacts who do not answer (0 to 5)',
            'Relances aux contacts qui ne répondent pas (0 à 5)',
          )}
          value={prefs.followUps.count}
        />
        <NumberField
          context={context}
          path={['followUps', 'spacingDays']}
          optional
          placeholder={say('Automatic: 2, or 4 for far dates', 'Automatique : 2, ou 4 si lointain')}
          label={say('Days between reminders (1 to 14)', 'Jours entre deux relances (1 à 14)')}
          value={prefs.followUps.spacingDays}
        />
        <small>
          {say(
            'Empty: 2 days, or 4 when the dates asked for end more than 30 days away.',
            'Vide : 2 jours, ou 4 si la période demandée se termine dans plus de 30 jours.',
          )}
        </small>
      </fieldset>
      <button type="submit" className="primary" disabled={status === 'saving'}>
        {status === 'saving' ? t('loading.saving') : t('prefs.save')}
      </button>
      {status === 'saved' && (
        <p role="status" className="notice">
          {t('prefs.saved')}
        </p>
      )}
    </form>
  );
}
