/** The add-on's words in English and French. */
const EN = {
  contacts: 'Contacts', contactsHint: 'Comma-separated; add "(optional)" after an address', understood: 'What Slash understood',
  type: 'Type', duration: 'Duration (minutes)', place: 'Place (empty: remote)', from: 'From (YYYY-MM-DD)', to: 'To (YYYY-MM-DD)',
  proposals: 'Proposed times', noProposals: 'No free time matches: widen the dates or change the duration.',
  refresh: 'Update proposals', insertReply: 'Insert reply', openLink: 'Open booking link', needsReview: 'Slash was unsure about parts of this request: please check them.',
  more: '{n} more in Slash', signInTitle: 'Link Slash', signInBody: 'Sign in to Slash once to link this Google account.', signIn: 'Sign in to Slash',
  errorTitle: 'Slash', retry: 'Try again', server: 'Slash had a problem (error {status}). Try again in a moment.', timeout: 'Slash took too long to answer. Try again.',
  invalid: 'Slash could not use this request: {detail}', preferences: 'Preferences', save: 'Save preferences', saved: 'Preferences saved.', fixFields: 'Some fields need a fix.',
  general: 'General', workingHours: 'Working hours (e.g. 09:00-12:00, 14:00-18:00; empty: day off)', durations: 'Meeting durations (minutes)',
  addresses: 'Addresses and contact', travel: 'Travel time (minutes)', home: 'Open an email to schedule from it, or edit your preferences.',
} as const;
export type Words = { [K in keyof typeof EN]: string };
const FR: Words = {
  contacts: 'Contacts', contactsHint: 'Séparés par des virgules ; ajoutez « (optional) » après une adresse', understood: 'Ce que Slash a compris',
  type: 'Type', duration: 'Durée (minutes)', place: 'Lieu (vide : à distance)', from: 'Du (AAAA-MM-JJ)', to: 'Au (AAAA-MM-JJ)',
  proposals: 'Créneaux proposés', noProposals: 'Aucun créneau libre : élargissez les dates ou changez la durée.',
  refresh: 'Mettre à jour', insertReply: 'Insérer la réponse', openLink: 'Ouvrir le lien de réservation', needsReview: 'Slash a un doute sur une partie de cette demande : vérifiez-la.',
  more: '{n} de plus dans Slash', signInTitle: 'Lier Slash', signInBody: 'Connectez-vous une fois à Slash pour lier ce compte Google.', signIn: 'Se connecter à Slash',
  errorTitle: 'Slash', retry: 'Réessayer', server: 'Slash a rencontré un problème (erreur {status}). Réessayez dans un instant.', timeout: 'Slash met trop de temps à répondre. Réessayez.',
  invalid: "Slash n'a pas pu traiter cette demande : {detail}", preferences: 'Préférences', save: 'Enregistrer', saved: 'Préférences enregistrées.', fixFields: 'Certains champs sont à corriger.',
  general: 'Général', workingHours: 'Heures de travail (ex. 09:00-12:00, 14:00-18:00 ; vide : non travaillé)', durations: 'Durées des rendez-vous (minutes)',
  addresses: 'Adresses et coordonnées', travel: 'Temps de trajet (minutes)', home: 'Ouvrez un e-mail pour planifier, ou modifiez vos préférences.',
};

export function words(language: string): Words {
  return language.toLowerCase().startsWith('fr') ? FR : EN;
}

export const fill = (text: string, params: Record<string, string | number>): string => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
