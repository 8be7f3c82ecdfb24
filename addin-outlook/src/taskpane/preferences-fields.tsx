/** Inputs of the Preferences tab, each bound to a path of the document and showing its API problem. */
import type { WallIntervalPreference } from '@slash/shared';
import type { Translate } from '../lib/i18n.js';
import { pathKey, type Path } from '../lib/preferences-form.js';

export interface FieldContext {
  problems: Map<string, string>;
  disabled: boolean;
  set: (path: Path, value: unknown) => void;
  t: Translate;
}

function Problem(props: { context: FieldContext; path: Path }) {
  const message = props.context.problems.get(pathKey(props.path));
  return message === undefined ? null : (
    <span className="field-error" data-testid={`problem-${pathKey(props.path)}`}>
      {message}
    </span>
  );
}

export function TextField(props: {
  context: FieldContext;
  path: Path;
  label: string;
  value: string | null;
  type?: string;
  nullable?: boolean;
}) {
  const { context, path } = props;
  return (
    <label className="field">
      {props.label}
      <input
        name={pathKey(path)}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        disabled={context.disabled}
        aria-invalid={context.problems.has(pathKey(path))}
        onChange={(event) =>
          context.set(path, props.nullable && event.target.value.trim() === '' ? null : event.target.value)
        }
      />
      <Problem context={context} path={path} />
    </label>
  );
}

/**
 * A number; emptied, it becomes `null` when `nullable`, is left out of the document when `optional`
 * (the API's "automatic" for keys such as `followUps.spacingDays`), else 0.
 */
export function NumberField(props: {
  context: FieldContext;
  path: Path;
  label: string;
  value: number | null | undefined;
  nullable?: boolean;
  optional?: boolean;
  placeholder?: string;
}) {
  const { context, path } = props;
  return (
    <label className="field">
      {props.label}
      <input
        name={pathKey(path)}
        type="number"
        value={props.value ?? ''}
        placeholder={props.placeholder}
        disabled={context.disabled}
        aria-invalid={context.problems.has(pathKey(path))}
        onChange={(event) => context.set(path, numberOrEmpty(event.target.value, props))}
      />
      <Problem context={context} path={path} />
    </label>
  );
}

function numberOrEmpty(raw: string, empty: { nullable?: boolean; optional?: boolean }): number | null | undefined {
  if (raw.trim() !== '') return Number(raw);
  if (empty.optional === true) return undefined;
  return empty.nullable === true ? null : 0;
}

export function CheckField(props: { context: FieldContext; path: Path; label: string; value: boolean }) {
  const { context, path } = props;
  return (
    <label className="field check">
      <input
        name={pathKey(path)}
        type="checkbox"
        checked={props.value}
        disabled={context.disabled}
        onChange={(event) => context.set(path, event.target.checked)}
      />
      {props.label}
      <Problem context={context} path={path} />
    </label>
  );
}

/** A list of local intervals (`HH:MM`–`HH:MM`) with add and remove. */
export function IntervalsField(props: {
  context: FieldContext;
  path: Path;
  label: string;
  value: WallIntervalPreference[];
}) {
  const { context, path, value } = props;
  const { t } = context;
  return (
    <fieldset className="intervals">
      <legend>{props.label}</legend>
      {value.length === 0 && <small>{t('prefs.dayOff')}</small>}
      {value.map((interval, index) => (
        <div key={index} className="interval">
          <TextField context={context} path={[...path, index, 'start']} label="" type="time" value={interval.start} />
          –
          <TextField context={context} path={[...path, index, 'end']} label="" type="time" value={interval.end} />
          <button
            type="button"
            disabled={context.disabled}
            onClick={() =>
              context.set(
                path,
                value.filter((_, i) => i !== index),
              )
            }
          >
            {t('prefs.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={context.disabled}
        onClick={() => context.set(path, [...value, { start: '09:00', end: '18:00' }])}
      >
        {t('prefs.addInterval')}
      </button>
      <Problem context={context} path={path} />
    </fieldset>
  );
}
