/** A run of a quote's text, emphasised or not. */
export interface TextRun {
  text: string;
  strong: boolean;
}

/**
 * Splits a verbatim quote on the source documents' markdown emphasis (`**bold**`, `__bold__`) so the
 * panels show the emphasis instead of the asterisks. Only complete pairs count: an unmatched marker
 * stays as written, because a quote must never lose characters of its source.
 */
export function emphasisRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > at) runs.push({ text: text.slice(at, index), strong: false });
    runs.push({ text: match[2] as string, strong: true });
    at = index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), strong: false });
  return runs;
}
