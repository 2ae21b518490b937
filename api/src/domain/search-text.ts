/** Letters that Unicode decomposition leaves whole but Lucene's ASCIIFoldingFilter folds. */
const WHOLE_LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Lower case without diacritics: "Sénégal" → "senegal", "São Paulo" → "sao paulo", "Øresund" →
 * "oresund". Used on both sides of a comparison (stored keys and typed text), so the two always agree.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßøæœłđðþı]/g, (letter) => WHOLE_LETTER_FOLDS[letter] ?? letter);
}

/**
 * The words of a text, lower case as typed (letters, their marks and digits; anything else
 * separates); marks with no letter or digit are no word.
 */
export function textWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * A text reduced to what a search compares: folded words joined by one space, so that case,
 * accents and punctuation do not matter ("Dakar-Migrant  Aid!" → "dakar migrant aid").
 */
export function searchKey(text: string): string {
  return textWords(foldText(text)).join(' ');
}
