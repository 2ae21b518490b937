/**
 * Lower case without diacritics, for matching what is typed against labels ("cote" finds "Côte
 * d’Ivoire"); the API folds search text the same way (api/src/domain/search-text.ts).
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}
