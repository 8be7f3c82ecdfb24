/** The contacts of a request: add, remove, mark optional (Office may truncate recipient lists, §6 #11). */
import { useState } from 'react';
import type { InterpretedContact } from '@slash/shared';
import type { Translate } from '../lib/i18n.js';

const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

export function ContactsEditor(props: {
  contacts: InterpretedContact[];
  disabled: boolean;
  t: Translate;
  onChange: (contacts: InterpretedContact[]) => void;
}) {
  const { contacts, disabled, t, onChange } = props;
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);

  const add = () => {
    const email = draft.trim().toLowerCase();
    if (!EMAIL.test(email)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft('');
    if (!contacts.some((contact) => contact.email === email))
      onChange([...contacts, { email, name: null, optional: false }]);
  };

  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('contacts.title')}</h2>
      <ul className="contacts">
        {contacts.map((contact) => (
          <li key={contact.email} data-testid="contact">
            <span className="who">
              {contact.name ?? contact.email}
              {contact.name !== null && <small> {contact.email}</small>}
            </span>
            <label>
              <input
                type="checkbox"
                checked={contact.optional}
                disabled={disabled}
                onChange={(event) =>
                  onChange(
                    contacts.map((c) => (c.email === contact.email ? { ...c, optional: event.target.checked } : c)),
                  )
                }
              />{' '}
              {t('contacts.optional')}
            </label>
            <button
              type="button"
              disabled={disabled || contacts.length <= 1}
              aria-label={`${t('contacts.remove')} ${contact.email}`}
              onClick={() => onChange(contacts.filter((c) => c.email !== contact.email))}
            >
              {t('contacts.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          type="email"
          name="new-contact"
          aria-label={t('contacts.addPlaceholder')}
          placeholder={t('contacts.addPlaceholder')}
          value={draft}
          disabled={disabled}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" disabled={disabled}>
          {t('contacts.add')}
        </button>
      </form>
      {invalid && <p className="field-error">{t('contacts.invalid')}</p>}
    </section>
  );
}
