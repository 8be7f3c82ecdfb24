/**
 * Tells English from French on short texts ("Dispo jeudi ?", "Lunch Tue?")
 * with small word lists: a statistical detector needs more text than a
 * scheduling email usually has.
 */

/** A language of the interpreter. */
export type InterpreterLanguage = 'en' | 'fr';

const FRENCH_WORDS = new Set(
  (
    'le la les un une des du de et est pour pas que qui vous nous je tu il elle on avec sur dans au aux ce cette ces mon ma mes ' +
    'votre vos notre nos bonjour salut merci cordialement semaine prochaine prochain lundi mardi mercredi jeudi vendredi ' +
    'samedi dimanche matin midi soir après-midi demain aujourdhui dispo disponible disponibles créneau rendez-vous réunion ' +
    'déjeuner dîner souper café verre apéro appel visio se voir peut peux pouvez serait être avoir fait faire bien oui non ' +
    'mais ou donc car si tout tous très plus moins entre chez heure heures janvier février mars avril mai juin juillet août ' +
    'septembre octobre novembre décembre quand comme ça cela ici leur bonne journée bises rencontrer ensemble'
  ).split(' '),
);
const ENGLISH_WORDS = new Set(
  (
    'the a an and is are for not that who you we i he she it with on in at to of this these my your our hi hello hey ' +
    'thanks thank regards best week next monday tuesday wednesday thursday friday saturday sunday morning afternoon evening ' +
    'tomorrow today available availability free slot meeting lunch dinner breakfast coffee drinks call would could can ' +
    'will be have do does did yes no but or so if all very more less between time times let us meet catch up how what when ' +
    'works work good great there here their please sounds looking forward'
  ).split(' '),
);

/** Signal of each language in `text`: how many of its words are typical of it. */
export function scoreLanguages(text: string): { en: number; fr: number } {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .split(/[^\p{L}-]+/u);
  let en = 0;
  let fr = 0;
  for (const word of words) {
    if (word === '') continue;
    if (FRENCH_WORDS.has(word)) fr++;
    if (ENGLISH_WORDS.has(word)) en++;
  }
  // Accented letters are rare in English mail and common in French: a tie-breaker for very short texts.
  fr += Math.min(2, (text.match(/[éèêàçùâîôû]/gi) ?? []).length * 0.5);
  return { en, fr };
}

/** The language of `texts`, the first (most relevant) text deciding unless it carries too little signal. */
export function detectLanguage(texts: readonly string[]): { language: InterpreterLanguage; confidence: number } {
  let en = 0;
  let fr = 0;
  for (const text of texts) {
    const score = scoreLanguages(text);
    en += score.en;
    fr += score.fr;
    if (en + fr >= 4) break;
  }
  const total = en + fr;
  if (total === 0) return { language: 'en', confidence: 0.4 };
  const language = fr > en ? 'fr' : 'en';
  const margin = Math.abs(fr - en) / total;
  return { language, confidence: Math.min(0.98, 0.5 + margin * 0.45 + Math.min(total, 10) * 0.01) };
}
