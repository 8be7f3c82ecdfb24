/**
 * Lower-cases `text`, removes accents and folds typographic apostrophes, dashes and spaces to ASCII,
 * one output character per input character so that indexes in the result are indexes in `text`.
 */
export function foldTimeText(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    const code = char.charCodeAt(0);
    if (code < 128) {
      folded += char.toLowerCase();
      continue;
    }
    if (/[\u2018\u2019\u02bc`´]/.test(char)) folded += "'";
    else if (/[\u2010-\u2015\u2212]/.test(char)) folded += '-';
    else if (/[\u00a0\u2000-\u200b\u202f]/.test(char)) folded += ' ';
    else if (/[\u201c\u201d\u00ab\u00bb]/.test(char)) folded += '"';
    else {
      const plain = char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      folded += plain.length === 1 ? plain : char;
    }
  }
  return folded;
}
