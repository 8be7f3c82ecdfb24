/** Single French messages (France and Québec), no history. */
import { at, day, days, onward, span, type CaseRow } from './corpus-case.js';

const CLAIRE = 'Claire Martin <claire@martin-conseil.fr>';
const CLAIRE_SIG = `Claire Martin
Associée – Martin Conseil
12 rue de la Paix
75002 Paris
Tél. : 01 42 60 00 00`;
const SLASH = 'Slash <slash@slash.example>';
const ASSISTANT = ['slash@slash.example'];
const SELF = ['claire@martin-conseil.fr'];
const JULIE = 'Julie Tremblay <julie@boreal.qc.ca>';
const JULIE_SIG = `Julie Tremblay
Directrice, Boréal Stratégies
1250 boulevard René-Lévesque Ouest
Montréal (Québec) H3B 4W8`;
const MORNINGS = (dates: readonly string[]) => dates.map((d) => span(d, '08:00', '12:00'));

export const FR_SINGLE_CASES: readonly CaseRow[] = [
  {
    id: 'fr-cafe-jeudi-matin', tz: 'Europe/Paris', from: CLAIRE, to: 'Marc Dubois <marc.dubois@acme.fr>', cc: SLASH,
    date: '2026-03-03 09:12', subject: 'Un café ?', assistant: ASSISTANT,
    body: `Bonjour Marc,\n\nPrenons un café jeudi matin. Slash, en copie, vous proposera des créneaux.\n\nBien à vous,\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['marc.dubois@acme.fr'], type: 'coffee', duration: null, location: null, when: [span('2026-03-05', '08:00', '12:00')] },
  },
  {
    id: 'fr-dejeuner-semaine-prochaine', tz: 'Europe/Paris', from: CLAIRE, to: 'Sophie Bernard <sophie@lumiere.fr>', cc: SLASH,
    date: '2026-03-03 10:00', subject: 'Déjeuner', assistant: ASSISTANT,
    body: `Chère Sophie,\n\nDéjeunons ensemble la semaine prochaine, au Café de Flore, 172 boulevard Saint-Germain, Paris.\n\nCordialement,\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['sophie@lumiere.fr'], type: 'lunch', duration: null, location: 'Café de Flore, 172 boulevard Saint-Germain, Paris', when: [days('2026-03-09', '2026-03-13')] },
  },
  {
    id: 'fr-appel-30-minutes-mardi', tz: 'Europe/Paris', from: CLAIRE, to: 'Julien Petit <julien.petit@orange-conseil.fr>', cc: SLASH,
    date: '2026-03-03 11:00', subject: 'Point rapide', assistant: ASSISTANT,
    body: `Julien,\n\nPeut-on faire un appel de 30 minutes mardi prochain ?\n\nMerci,\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['julien.petit@orange-conseil.fr'], type: 'call', duration: 30, location: null, when: [day('2026-03-10')] },
  },
  {
    id: 'fr-visio-une-heure-apres-midi', tz: 'Europe/Paris', from: CLAIRE, to: 'Nadia Haddad <nadia@atlas-rh.fr>', cc: SLASH,
    date: '2026-03-03 11:30', subject: 'Visio', assistant: ASSISTANT,
    body: `Bonjour Nadia,\n\nJe vous propose une visio d'une heure vendredi après-midi.\n\nBien cordialement,\nClaire Martin`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['nadia@atlas-rh.fr'], type: 'video', duration: 60, location: null, when: [span('2026-03-06', '12:00', '18:00')] },
  },
  {
    id: 'fr-diner-france', tz: 'Europe/Paris', self: SELF, from: 'Pierre Lambert <pierre@lambert-avocats.fr>', to: CLAIRE,
    date: '2026-03-03 18:00', subject: 'Dîner',
    body: `Claire,\n\nSerais-tu libre pour un dîner mercredi soir ?\n\nPierre`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['pierre@lambert-avocats.fr'], type: 'dinner', duration: null, location: null, when: [span('2026-03-04', '18:00', '22:00')] },
  },
  {
    id: 'fr-petit-dejeuner', tz: 'Europe/Paris', from: CLAIRE, to: 'Hugo Moreau <hugo@moreau-invest.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Petit-déjeuner', assistant: ASSISTANT,
    body: `Hugo,\n\nUn petit-déjeuner lundi prochain au Pain Quotidien, 18 rue des Archives ?\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['hugo@moreau-invest.fr'], type: 'breakfast', duration: null, location: 'Pain Quotidien, 18 rue des Archives', when: [day('2026-03-09')] },
  },
  {
    id: 'fr-un-verre', tz: 'Europe/Paris', from: CLAIRE, to: 'Léa Roux <lea@roux-design.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Un verre ?', assistant: ASSISTANT,
    body: `Léa,\n\nOn prend un verre jeudi soir pour fêter ça ?\n\nBises,\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['lea@roux-design.fr'], type: 'drinks', duration: null, location: null, when: [span('2026-03-05', '18:00', '22:00')] },
  },
  {
    id: 'fr-apero-vendredi', tz: 'Europe/Paris', self: SELF, from: 'Thomas Girard <thomas@girard.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Apéro',
    body: `Salut Claire,\n\nUn apéro vendredi après 18h ?\n\nThomas`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['thomas@girard.fr'], type: 'drinks', duration: null, location: null, when: [['2026-03-06 18:00', '2026-03-07 00:00']] },
  },
  {
    id: 'fr-chez-nous-signature', tz: 'Europe/Paris', from: CLAIRE, to: 'Antoine Leroy <antoine@leroy-ind.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Réunion de lancement', assistant: ASSISTANT,
    body: `Bonjour Antoine,\n\nJe vous propose une réunion de lancement chez nous, début de semaine prochaine.\n\nCordialement,\n${CLAIRE_SIG}`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['antoine@leroy-ind.fr'], type: 'meeting', duration: null, location: '12 rue de la Paix, 75002 Paris', when: [days('2026-03-09', '2026-03-10')] },
  },
  {
    id: 'fr-nos-bureaux', tz: 'Europe/Paris', from: CLAIRE, to: 'Inès Faure <ines@faure.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Rendez-vous', assistant: ASSISTANT,
    body: `Inès,\n\nPassez à nos bureaux mercredi 11 mars en fin de journée, pour 1h30.\n\nClaire\n--\n${CLAIRE_SIG}`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['ines@faure.fr'], type: 'meeting', duration: 90, location: '12 rue de la Paix, 75002 Paris', when: [span('2026-03-11', '17:00', '20:00')] },
  },
  {
    id: 'fr-pour-info-copie', tz: 'Europe/Paris', from: CLAIRE, to: 'Marc Dubois <marc.dubois@acme.fr>', cc: 'Slash <slash@slash.example>, Élodie Vidal <elodie@martin-conseil.fr>',
    date: '2026-03-03 09:00', subject: 'Point budget', assistant: ASSISTANT,
    body: `Marc,\n\nFaisons un point budget par téléphone jeudi. Élodie est en copie pour info.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['marc.dubois@acme.fr'], type: 'call', duration: null, location: null, when: [day('2026-03-05')] },
  },
  {
    id: 'fr-se-joindra-si-possible', tz: 'Europe/Paris', from: CLAIRE, to: 'Marc Dubois <marc.dubois@acme.fr>, Paul Henry <paul.henry@acme.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Comité', assistant: ASSISTANT,
    body: `Marc,\n\nRetrouvons-nous mardi prochain pour préparer le comité. Paul se joindra à nous si possible.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['marc.dubois@acme.fr', 'paul.henry@acme.fr?'], type: 'meeting', duration: null, location: null, when: [day('2026-03-10')] },
  },
  {
    id: 'fr-sauf-vendredi', tz: 'Europe/Paris', from: CLAIRE, to: 'Yann Le Gall <yann@breizh.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Rencontre', assistant: ASSISTANT,
    body: `Yann,\n\nRencontrons-nous la semaine prochaine, sauf vendredi.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['yann@breizh.fr'], type: 'meeting', duration: null, location: null, when: [days('2026-03-09', '2026-03-12')], excluded: [day('2026-03-13')] },
  },
  {
    id: 'fr-jeudi-14h30', tz: 'Europe/Paris', from: CLAIRE, to: 'Camille Blanc <camille@blanc.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Appel', assistant: ASSISTANT,
    body: `Camille,\n\nUn appel jeudi 14h30 vous irait ?\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['camille@blanc.fr'], type: 'call', duration: null, location: null, when: [at('2026-03-05 14:30')] },
  },
  {
    id: 'fr-vers-midi', tz: 'Europe/Paris', self: SELF, from: 'Romain Fabre <romain@fabre.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Déjeuner vendredi',
    body: `Bonjour Claire,\n\nDéjeuner vendredi vers 12h30 ?\n\nRomain`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['romain@fabre.fr'], type: 'lunch', duration: null, location: null, when: [at('2026-03-06 12:30')] },
  },
  {
    id: 'fr-dans-quinze-jours', tz: 'Europe/Paris', from: CLAIRE, to: 'Manon Garnier <manon@garnier.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Suivi', assistant: ASSISTANT,
    body: `Manon,\n\nOn refait un point dans quinze jours ?\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['manon@garnier.fr'], type: 'meeting', duration: null, location: null, when: [days('2026-03-16', '2026-03-20')] },
  },
  {
    id: 'fr-fin-mars', tz: 'Europe/Paris', from: CLAIRE, to: 'Lucas Mercier <lucas@mercier.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Bilan', assistant: ASSISTANT,
    body: `Lucas,\n\nFaisons le bilan fin mars, en visio, 45 minutes.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['lucas@mercier.fr'], type: 'video', duration: 45, location: null, when: [days('2026-03-21', '2026-03-31')] },
  },
  {
    id: 'fr-debut-avril', tz: 'Europe/Paris', from: CLAIRE, to: 'Chloé Henry <chloe@henry.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Déjeuner en avril', assistant: ASSISTANT,
    body: `Chloé,\n\nUn déjeuner début avril ?\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['chloe@henry.fr'], type: 'lunch', duration: null, location: null, when: [days('2026-04-01', '2026-04-10')] },
  },
  {
    id: 'fr-annulation', tz: 'Europe/Paris', self: SELF, from: 'Marc Dubois <marc.dubois@acme.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Annulation',
    body: `Bonjour Claire,\n\nJe suis contraint d'annuler notre rendez-vous de demain. Je reviens vers vous rapidement.\n\nMarc`,
    expect: { language: 'fr', intent: 'cancel', contacts: ['marc.dubois@acme.fr'], type: 'meeting', duration: null, location: null, when: [day('2026-03-04')] },
  },
  {
    id: 'fr-decaler', tz: 'Europe/Paris', self: SELF, from: 'Marc Dubois <marc.dubois@acme.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Décalage',
    body: `Claire,\n\nPourrait-on décaler notre appel à jeudi après-midi ?\n\nMarc`,
    expect: { language: 'fr', intent: 'reschedule', contacts: ['marc.dubois@acme.fr'], type: 'call', duration: null, location: null, when: [span('2026-03-05', '12:00', '18:00')] },
  },
  {
    id: 'fr-autre-merci', tz: 'Europe/Paris', self: SELF, from: 'Marc Dubois <marc.dubois@acme.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Documents',
    body: `Bonjour Claire,\n\nMerci pour les documents, je les transmets à l'équipe.\n\nBonne journée,\nMarc`,
    expect: { language: 'fr', intent: 'other', contacts: ['marc.dubois@acme.fr'], type: null, duration: null, location: null, when: [] },
  },
  {
    id: 'fr-html-visio', tz: 'Europe/Paris', html: true, from: CLAIRE, to: 'Alice Morel <alice@morel.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Visio Teams', assistant: ASSISTANT,
    body: `Bonjour Alice,\n\nUne réunion Teams mercredi prochain en fin de matinée ?\n\nCordialement,\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['alice@morel.fr'], type: 'video', duration: null, location: null, when: [span('2026-03-04', '10:00', '12:00')] },
  },
  {
    id: 'fr-mercredi-prochain-un-mercredi', tz: 'Europe/Paris', from: CLAIRE, to: 'Bruno Caron <bruno@caron.fr>', cc: SLASH,
    date: '2026-03-04 09:00', subject: 'Café', assistant: ASSISTANT,
    body: `Bruno,\n\nUn café mercredi prochain ?\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['bruno@caron.fr'], type: 'coffee', duration: null, location: null, when: [day('2026-03-11')] },
  },
  {
    id: 'fr-heure-de-new-york', tz: 'Europe/Paris', from: CLAIRE, to: 'Emily Stone <emily@stone.example>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Call', assistant: ASSISTANT,
    body: `Emily,\n\nUn appel mardi 10 mars à 10h heure de New York ?\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['emily@stone.example'], type: 'call', duration: null, location: null, when: [at('2026-03-10 15:00')] },
  },
  {
    id: 'fr-quebec-diner-midi', tz: 'America/Toronto', from: JULIE, to: 'Marc-André Gagnon <ma.gagnon@laurentides.qc.ca>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Dîner', assistant: ASSISTANT,
    body: `Bonjour Marc-André,\n\nOn se fait un dîner jeudi? Slash va nous trouver un moment.\n\nJulie\n${JULIE_SIG}`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['ma.gagnon@laurentides.qc.ca'], type: 'lunch', duration: null, location: null, when: [day('2026-03-05')] },
  },
  {
    id: 'fr-quebec-souper', tz: 'America/Toronto', from: JULIE, to: 'Geneviève Roy <genevieve@roy.qc.ca>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Souper', assistant: ASSISTANT,
    body: `Salut Geneviève,\n\nUn souper vendredi soir?\n\nJulie`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['genevieve@roy.qc.ca'], type: 'dinner', duration: null, location: null, when: [span('2026-03-06', '18:00', '22:00')] },
  },
  {
    id: 'fr-quebec-dejeuner-matin', tz: 'America/Toronto', from: JULIE, to: 'Simon Côté <simon@cote.qc.ca>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Déjeuner', assistant: ASSISTANT,
    body: `Simon,\n\nUn déjeuner mardi prochain? Je connais une bonne place.\n\nJulie`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['simon@cote.qc.ca'], type: 'breakfast', duration: null, location: null, when: [day('2026-03-10')] },
  },
  {
    id: 'fr-quebec-chez-nous', tz: 'America/Toronto', from: JULIE, to: 'Olivier Bouchard <olivier@bouchard.qc.ca>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Rencontre', assistant: ASSISTANT,
    body: `Olivier,\n\nOn pourrait se rencontrer à nos bureaux la semaine prochaine, une heure.\n\nMerci,\n${JULIE_SIG}`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['olivier@bouchard.qc.ca'], type: 'meeting', duration: 60, location: '1250 boulevard René-Lévesque Ouest, Montréal (Québec) H3B 4W8', when: [days('2026-03-09', '2026-03-13')] },
  },
  {
    id: 'fr-tutoiement-coup-de-fil', tz: 'Europe/Paris', self: SELF, from: 'Nico Perrin <nico@perrin.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Coup de fil',
    body: `Salut,\n\nTu as 10 minutes pour un coup de fil demain en fin de matinée ?\n\nNico`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['nico@perrin.fr'], type: 'call', duration: 10, location: null, when: [span('2026-03-04', '10:00', '12:00')] },
  },
  {
    id: 'fr-une-demi-heure', tz: 'Europe/Paris', from: CLAIRE, to: 'Sarah Klein <sarah@klein.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Échange', assistant: ASSISTANT,
    body: `Sarah,\n\nAuriez-vous une demi-heure lundi en début d'après-midi pour un échange par téléphone ?\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['sarah@klein.fr'], type: 'call', duration: 30, location: null, when: [span('2026-03-09', '13:00', '15:00')] },
  },
  {
    id: 'fr-plusieurs-options', tz: 'Europe/Paris', from: CLAIRE, to: 'David Cohen <david@cohen.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Rendez-vous', assistant: ASSISTANT,
    body: `David,\n\nJe suis disponible lundi 9 mars à 10h, mardi 10 mars à 15h ou jeudi 12 mars à 9h30.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['david@cohen.fr'], type: 'meeting', duration: null, location: null, when: [at('2026-03-09 10:00'), at('2026-03-10 15:00'), at('2026-03-12 09:30')] },
  },
  {
    id: 'fr-a-partir-du-16', tz: 'Europe/Paris', self: SELF, from: 'Paul Henry <paul.henry@acme.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Atelier',
    body: `Claire,\n\nJe suis en congés jusqu'au 15, donc à partir du 16 mars pour l'atelier.\n\nPaul`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['paul.henry@acme.fr'], type: 'meeting', duration: null, location: null, when: [onward('2026-03-16 00:00')] },
  },
  {
    id: 'fr-je-vous-laisse-intro', tz: 'Europe/Paris', self: SELF, from: 'Isabelle Renaud <isabelle@renaud.fr>', to: 'Claire Martin <claire@martin-conseil.fr>, Karim Benali <karim@benali.fr>',
    date: '2026-03-03 09:00', subject: 'Mise en relation',
    body: `Claire, Karim,\n\nComme promis, je vous mets en relation. Karim dirige les achats chez Benali, Claire conseille des PME.\nJe vous laisse caler un café ensemble.\n\nBelle journée,\nIsabelle`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['karim@benali.fr'], type: 'coffee', duration: null, location: null, when: [] },
  },
  {
    id: 'fr-je-vous-laisse-me-dire', tz: 'Europe/Paris', self: SELF, from: 'Karim Benali <karim@benali.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Café',
    body: `Bonjour Claire,\n\nRavi d'échanger. Je suis dispo mardi ou mercredi prochain, je vous laisse me dire ce qui vous convient.\n\nKarim`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['karim@benali.fr'], type: 'coffee', duration: null, location: null, when: [day('2026-03-04'), day('2026-03-10')] },
  },
  {
    id: 'fr-avant-10h', tz: 'Europe/Paris', from: CLAIRE, to: 'Agnès Petit <agnes@petit.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Petit déj', assistant: ASSISTANT,
    body: `Agnès,\n\nUn petit déj vendredi avant 10h ?\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['agnes@petit.fr'], type: 'breakfast', duration: null, location: null, when: [span('2026-03-06', '00:00', '10:00')] },
  },
  {
    id: 'fr-milieu-de-semaine', tz: 'Europe/Paris', from: CLAIRE, to: 'Victor Hugo <victor@hugo.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Visio', assistant: ASSISTANT,
    body: `Victor,\n\nUne visio en milieu de semaine prochaine ?\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['victor@hugo.fr'], type: 'video', duration: null, location: null, when: [days('2026-03-10', '2026-03-12')] },
  },
  {
    id: 'fr-fin-de-semaine', tz: 'Europe/Paris', from: CLAIRE, to: 'Zoé Laurent <zoe@laurent.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Point', assistant: ASSISTANT,
    body: `Zoé,\n\nUn appel en fin de semaine ?\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['zoe@laurent.fr'], type: 'call', duration: null, location: null, when: [days('2026-03-05', '2026-03-06')] },
  },
  {
    id: 'fr-adresse-ecrite', tz: 'Europe/Paris', self: SELF, from: 'Gilles Marchand <gilles@marchand.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Rendez-vous jeudi',
    body: `Claire,\n\nRendez-vous jeudi à 11h au 8 avenue Montaigne, 75008 Paris.\n\nGilles`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['gilles@marchand.fr'], type: 'meeting', duration: null, location: '8 avenue Montaigne, 75008 Paris', when: [at('2026-03-05 11:00')] },
  },
  {
    id: 'fr-chez-vous', tz: 'Europe/Paris', self: SELF, from: 'Gilles Marchand <gilles@marchand.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Visite',
    body: `Claire,\n\nJe peux passer chez vous lundi après-midi.\n\nGilles`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['gilles@marchand.fr'], type: 'meeting', duration: null, location: 'chez vous', when: [span('2026-03-09', '12:00', '18:00')] },
  },
  {
    id: 'fr-cc-multiples', tz: 'Europe/Paris', from: CLAIRE, to: 'Marc Dubois <marc.dubois@acme.fr>', cc: 'Paul Henry <paul.henry@acme.fr>, Slash <slash@slash.example>, Anne Roy <anne.roy@acme.fr>',
    date: '2026-03-03 09:00', subject: 'Réunion projet', assistant: ASSISTANT,
    body: `Bonjour à tous,\n\nOrganisons une réunion projet d'une heure mercredi 11 ou jeudi 12 mars.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['marc.dubois@acme.fr', 'paul.henry@acme.fr', 'anne.roy@acme.fr'], type: 'meeting', duration: 60, location: null, when: [day('2026-03-11'), day('2026-03-12')] },
  },
  {
    id: 'fr-tous-les-matins', tz: 'Europe/Paris', self: SELF, from: 'Marc Dubois <marc.dubois@acme.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Café',
    body: `Claire,\n\nUn café lundi matin, mardi matin ou mercredi matin la semaine prochaine ?\n\nMarc`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['marc.dubois@acme.fr'], type: 'coffee', duration: null, location: null, when: MORNINGS(['2026-03-09', '2026-03-10', '2026-03-11']) },
  },
  {
    id: 'fr-midi-exact', tz: 'Europe/Paris', from: CLAIRE, to: 'Julie Fontaine <julie@fontaine.fr>', cc: SLASH,
    date: '2026-03-03 09:00', subject: 'Déjeuner', assistant: ASSISTANT,
    body: `Julie,\n\nDéjeuner jeudi à midi chez Loulou ?\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['julie@fontaine.fr'], type: 'lunch', duration: null, location: 'Loulou', when: [at('2026-03-05 12:00')] },
  },
  {
    id: 'fr-demain-vers-15h', tz: 'Europe/Paris', self: SELF, from: 'Hélène Dupuis <helene@dupuis.fr>', to: CLAIRE,
    date: '2026-03-03 09:00', subject: 'Appel',
    body: `Claire, je t'appelle demain vers 15h ?\n\nHélène`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['helene@dupuis.fr'], type: 'call', duration: null, location: null, when: [at('2026-03-04 15:00')] },
  },
  {
    id: 'fr-assistant-adresse', tz: 'Europe/Paris', from: CLAIRE, to: 'Slash <slash@slash.example>', cc: 'Marc Dubois <marc.dubois@acme.fr>',
    date: '2026-03-03 09:00', subject: 'Trouver un créneau', assistant: ASSISTANT,
    body: `Slash, trouve-nous 45 minutes avec Marc la semaine du 16 mars, plutôt l'après-midi.\n\nClaire`,
    expect: { language: 'fr', intent: 'schedule', contacts: ['marc.dubois@acme.fr'], type: 'meeting', duration: 45, location: null, when: ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'].map((d) => span(d, '12:00', '18:00')) },
  },
];
