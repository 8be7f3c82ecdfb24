import type { MessageKey } from '../../lib/i18n/messages-en.js';
import type { ContactDetails } from './api.js';

/** The form's raw values: one string per optional field. */
export type ContactFormValues = Readonly<Record<keyof ContactDetails, string>>;

export const EMPTY_CONTACT_FORM: ContactFormValues = {
  lastName: '',
  firstName: '',
  email: '',
  contactMeans: '',
  company: '',
  role: '',
};

/** One form field: its label, optional hint, input type and autofill token (WCAG 1.3.5). */
export interface ContactField {
  readonly name: keyof ContactDetails;
  readonly label: MessageKey;
  readonly hint?: MessageKey;
  readonly type: 'text' | 'email' | 'tel';
  readonly autoComplete: string;
}

export const CONTACT_FIELDS: readonly ContactField[] = [
  { name: 'lastName', label: 'form.lastName', type: 'text', autoComplete: 'family-name' },
  { name: 'firstName', label: 'form.firstName', type: 'text', autoComplete: 'given-name' },
  { name: 'email', label: 'form.email', hint: 'form.emailHelp', type: 'email', autoComplete: 'email' },
  {
    name: 'contactMeans',
    label: 'form.contactMeans',
    hint: 'form.contactMeansHelp',
    type: 'text',
    autoComplete: 'tel',
  },
  { name: 'company', label: 'form.company', type: 'text', autoComplete: 'organization' },
  { name: 'role', label: 'form.role', type: 'text', autoComplete: 'organization-title' },
];

/** True for an empty email (the field is optional) or one shaped like local@domain. */
export function isAcceptableEmail(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed);
}
