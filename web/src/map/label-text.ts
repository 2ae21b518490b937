/**
 * A name broken into short lines for the map: greedy word wrap at `maxChars` characters, at most
 * `maxLines` lines (the last one shortened with an ellipsis). Lines after the name (a badge under it)
 * are kept as they are. Zoom does not change it: names are drawn at a fixed size on screen.
 */
export function wrapLabel(text: string, maxChars = 18, maxLines = 3): string {
  const [name = '', ...rest] = text.split('\n');
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, maxChars - 1).trimEnd()}…`;
  }
  return [...lines, ...rest].join('\n');
}
