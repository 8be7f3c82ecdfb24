import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-provider.js';
import { ProblemPanel } from '../../shell/components/problem-panel.js';
import { useFocusOnMount } from '../../shell/use-focus-on-mount.js';
import { CONTACT_FIELDS, isAcceptableEmail, type ContactFormValues } from '../contact-fields.js';

/** What the contact form shows and reports. */
export interface ContactFormProps {
  readonly clientName: string;
  readonly privacyNoticeUrl: string;
  /** The chosen slot, already formatted in the contact's zone. */
  readonly selectedText: string;
  readonly values: ContactFormValues;
  readonly isSubmitting: boolean;
  readonly submitError: unknown;
  onChange(values: ContactFormValues): void;
  onSubmit(): void;
  onChangeTime(): void;
}

/** Step 2: the chosen time, the optional details and the privacy notice; focus starts on its heading. */
export function ContactForm(props: ContactFormProps) {
  const { t } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const emailRef = useRef<HTMLInputElement>(null);
  const [isEmailInvalid, setEmailInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isAcceptableEmail(props.values.email)) {
      setEmailInvalid(true);
      emailRef.current?.focus();
      return;
    }
    setEmailInvalid(false);
    props.onSubmit();
  };

  return (
    <section aria-labelledby="details-heading" className="step">
      <h2 id="details-heading" ref={headingRef} tabIndex={-1}>
        {t('form.heading')}
      </h2>
      <div className="selected-slot">
        <p>
          <strong>{t('form.selected')}:</strong> {props.selectedText}
        </p>
        <button type="button" className="button button-secondary" onClick={props.onChangeTime}>
          {t('form.changeTime')}
        </button>
      </div>
      <form className="contact-form" onSubmit={submit} noValidate>
        <p id="form-intro">{t('form.optionalIntro', { name: props.clientName })}</p>
        {CONTACT_FIELDS.map((field) => {
          const isInvalid = field.name === 'email' && isEmailInvalid;
          const describedBy = [field.hint ? `${field.name}-hint` : '', isInvalid ? 'email-error' : '']
            .filter((id) => id !== '')
            .join(' ');
          return (
            <div className="field" key={field.name}>
              <label htmlFor={`field-${field.name}`}>{t(field.label)}</label>
              {field.hint ? (
                <p id={`${field.name}-hint`} className="hint">
                  {t(field.hint)}
                </p>
              ) : null}
              <input
                id={`field-${field.name}`}
                ref={field.name === 'email' ? emailRef : undefined}
                name={field.name}
                type={field.type}
                autoComplete={field.autoComplete}
                value={props.values[field.name]}
                maxLength={200}
                aria-invalid={isInvalid || undefined}
                aria-describedby={describedBy === '' ? undefined : describedBy}
                onChange={(event) => props.onChange({ ...props.values, [field.name]: event.target.value })}
              />
              {isInvalid ? (
                <p id="email-error" className="field-error">
                  {t('form.emailInvalid')}
                </p>
              ) : null}
            </div>
          );
        })}
        <p className="privacy">
          <a href={props.privacyNoticeUrl} target="_blank" rel="noopener noreferrer">
            {t('form.privacy')} <span className="visually-hidden">{t('common.opensInNewTab')}</span>
          </a>
        </p>
        {props.submitError === undefined ? null : <ProblemPanel error={props.submitError} />}
        <button
          type="submit"
          className="button button-primary"
          disabled={props.isSubmitting}
          aria-disabled={props.isSubmitting}
        >
          {props.isSubmitting ? t('form.submitting') : t('form.submit')}
        </button>
      </form>
    </section>
  );
}
